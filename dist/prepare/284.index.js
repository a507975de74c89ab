export const id = 284;
export const ids = [284];
export const modules = {
  /***/
  4079: (
    /***/
    ((module) => {
      function webpackEmptyContext(req) {
        var e = new Error("Cannot find module '" + req + "'");
        e.code = "MODULE_NOT_FOUND";
        throw e;
      }
      webpackEmptyContext.keys = () => [];
      webpackEmptyContext.resolve = webpackEmptyContext;
      webpackEmptyContext.id = 4079;
      module.exports = webpackEmptyContext;
    })
  ),
  /***/
  6522: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        run: () => (
          /* binding */
          prepare_action_run
        )
      });
      var lib_core = __webpack_require__(3838);
      var external_node_fs_ = __webpack_require__(3024);
      var external_node_path_ = __webpack_require__(6760);
      var external_node_os_ = __webpack_require__(8161);
      var external_node_crypto_ = __webpack_require__(7598);
      var external_node_module_ = __webpack_require__(8995);
      ;
      const buildStartedAt = /* @__PURE__ */ new Date();
      function buildStartTime() {
        return buildStartedAt;
      }
      function cleanResourceName(name) {
        return name.replace(/[^a-zA-Z0-9 ()/._-]/g, "-");
      }
      const goLayout = [
        ["2006", (d) => String(d.getUTCFullYear())],
        ["January", (d) => d.toLocaleString("en-US", { month: "long", timeZone: "UTC" })],
        ["Monday", (d) => d.toLocaleString("en-US", { weekday: "long", timeZone: "UTC" })],
        ["Z07:00", () => "Z"],
        ["Z0700", () => "Z"],
        ["-07:00", () => "+00:00"],
        ["-0700", () => "+0000"],
        [".000", (d) => "." + pad(d.getUTCMilliseconds(), 3)],
        ["Jan", (d) => d.toLocaleString("en-US", { month: "short", timeZone: "UTC" })],
        ["Mon", (d) => d.toLocaleString("en-US", { weekday: "short", timeZone: "UTC" })],
        ["MST", () => "UTC"],
        ["002", (d) => pad(dayOfYear(d), 3)],
        ["06", (d) => pad(d.getUTCFullYear() % 100, 2)],
        ["01", (d) => pad(d.getUTCMonth() + 1, 2)],
        ["02", (d) => pad(d.getUTCDate(), 2)],
        ["_2", (d) => String(d.getUTCDate()).padStart(2, " ")],
        ["15", (d) => pad(d.getUTCHours(), 2)],
        ["03", (d) => pad(d.getUTCHours() % 12 || 12, 2)],
        ["04", (d) => pad(d.getUTCMinutes(), 2)],
        ["05", (d) => pad(d.getUTCSeconds(), 2)],
        ["PM", (d) => d.getUTCHours() < 12 ? "AM" : "PM"],
        ["pm", (d) => d.getUTCHours() < 12 ? "am" : "pm"],
        // Go's unpadded forms come last so that the padded ones above win.
        ["1", (d) => String(d.getUTCMonth() + 1)],
        ["2", (d) => String(d.getUTCDate())],
        ["3", (d) => String(d.getUTCHours() % 12 || 12)],
        ["4", (d) => String(d.getUTCMinutes())],
        ["5", (d) => String(d.getUTCSeconds())]
      ];
      function pad(n, width) {
        return String(n).padStart(width, "0");
      }
      function dayOfYear(d) {
        return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 864e5) + 1;
      }
      function formatGoTime(date, layout = "2006-01-02T15:04:05Z07:00") {
        let out = "";
        let rest = layout;
        while (rest.length > 0) {
          const token = goLayout.find(([t]) => rest.startsWith(t));
          if (token) {
            out += token[1](date);
            rest = rest.slice(token[0].length);
          } else {
            out += rest[0];
            rest = rest.slice(1);
          }
        }
        return out;
      }
      let buildIdentity = { name: "osc-chroot", type: "osc-chroot" };
      function useBuildIdentity(builder) {
        buildIdentity = builder ?? { name: "osc-chroot", type: "osc-chroot" };
      }
      function goReplace(text, old, replacement, n) {
        const limit = n < 0 ? Infinity : n;
        if (old === "") {
          const characters = [...text];
          let out2 = "";
          for (let i = 0; i <= characters.length; i++) {
            out2 += (i < limit ? replacement : "") + (characters[i] ?? "");
          }
          return out2;
        }
        const parts = text.split(old);
        let out = parts[0];
        for (let i = 1; i < parts.length; i++)
          out += (i <= limit ? replacement : old) + parts[i];
        return out;
      }
      function goFunction(name, signature, kinds, body) {
        return (...args) => {
          const given = args.slice(0, -1);
          const fits = given.length === kinds.length && given.every((arg, i) => kinds[i] === "n" ? Number.isInteger(arg) : typeof arg === "string" || typeof arg === "number");
          if (!fits) {
            throw new Error(`${name} takes ${signature}; got ${JSON.stringify(given)}`);
          }
          return body(...given.map((arg, i) => kinds[i] === "s" ? String(arg) : arg));
        };
      }
      const helpers = {
        timestamp: () => String(Math.floor(buildStartedAt.getTime() / 1e3)),
        isotime: (...args) => formatGoTime(buildStartedAt, typeof args[0] === "string" ? args[0] : void 0),
        uuid: () => (0, external_node_crypto_.randomUUID)(),
        clean_resource_name: (value) => cleanResourceName(String(value)),
        clean_omi_name: (value) => cleanResourceName(String(value)),
        // Packer's own, with its signatures (packer-plugin-sdk template/interpolate/funcs.go).
        lower: goFunction("lower", "(string)", ["s"], (text) => text.toLowerCase()),
        upper: goFunction("upper", "(string)", ["s"], (text) => text.toUpperCase()),
        replace: goFunction("replace", "(old, new, n, string): the first n instances of old, all when n is -1", ["s", "s", "n", "s"], (old, replacement, n, text) => goReplace(text, old, replacement, n)),
        replace_all: goFunction("replace_all", "(old, new, string)", ["s", "s", "s"], (old, replacement, text) => goReplace(text, old, replacement, -1)),
        split: goFunction("split", "(string, separator, index): the index-th part, from 0", ["s", "s", "n"], (text, separator, index) => {
          const parts = separator === "" ? [...text] : text.split(separator);
          if (index < 0 || index >= parts.length) {
            throw new Error(`split: the substring ${index} was unavailable using the separator value, ${separator}, only ${parts.length} values were found`);
          }
          return parts[index];
        }),
        build_name: goFunction("build_name", "()", [], () => buildIdentity.name),
        build_type: goFunction("build_type", "()", [], () => buildIdentity.type)
      };
      const templateFunctions = Object.keys(helpers);
      const templateVariables = {
        omi_name: [],
        command_wrapper: ["Command"],
        mount_path: ["Device"],
        pre_mount_commands: ["Device"],
        post_mount_commands: ["Device", "MountPath"],
        provision_host_commands: ["Device", "MountPath"],
        omi_description: ["BuildRegion", "SourceOMI", "SourceOMIName", "SourceOMITags"],
        tags: ["BuildRegion", "SourceOMI", "SourceOMIName", "SourceOMITags"],
        snapshot_tags: ["BuildRegion", "SourceOMI", "SourceOMIName", "SourceOMITags"],
        root_volume_tags: ["BuildRegion", "SourceOMI", "SourceOMIName", "SourceOMITags"]
      };
      const sourceOmiVariables = ["SourceOMI", "SourceOMIName", "SourceOMITags"];
      function toHandlebars(template) {
        return template.replace(/\{\{(-?)([^{}]*?)(-?)\}\}/g, (_match, open, body, close) => {
          const expr = body.trim().replace(/`([^`]*)`/g, (_quoted, text) => JSON.stringify(text)).replace(/(^|[\s(])\.(?=[A-Za-z_])/g, "$1");
          const [first, ...functions] = expr.split("|").map((part) => part.trim());
          const head = first.split(/\s+/)[0];
          let piped = first;
          functions.forEach((fn, index) => {
            const isCall = index > 0 || head in helpers;
            piped = `${fn} ${isCall ? `(${piped})` : piped}`;
          });
          return `{{${open ? "~" : ""}${piped}${close ? "~" : ""}}}`;
        });
      }
      let engine;
      function handlebarsLoaded() {
        return engine !== void 0;
      }
      function loadEngine() {
        if (engine !== void 0)
          return engine;
        const Handlebars = true ? (
          // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: bundled, lazily
          __webpack_require__(8508)
        ) : 0;
        class ReferenceCollector extends Handlebars.Visitor {
          found = { variables: [], functions: [] };
          MustacheStatement(node) {
            this.callOrLookup(node);
          }
          SubExpression(node) {
            this.callOrLookup(node);
          }
          BlockStatement(node) {
            this.found.functions.push(node.path.original);
            this.acceptArray(node.params);
            if (node.program)
              this.accept(node.program);
            if (node.inverse)
              this.accept(node.inverse);
          }
          PathExpression(path) {
            if (!path.data && path.parts.length > 0)
              this.found.variables.push(path.parts.join("."));
          }
          /** `{{name}}` is a function call when name is a function or has arguments; else a variable. */
          callOrLookup(node) {
            const path = node.path;
            if (isPath(path) && (path.original in helpers || node.params.length > 0)) {
              this.found.functions.push(path.original);
            } else {
              this.accept(path);
            }
            this.acceptArray(node.params);
            if (node.hash)
              this.accept(node.hash);
          }
        }
        const handlebars = Handlebars.create();
        handlebars.registerHelper(helpers);
        engine = {
          handlebars,
          collectReferences(program) {
            const collector = new ReferenceCollector();
            collector.accept(program);
            return collector.found;
          }
        };
        return engine;
      }
      function isPath(node) {
        return node.type === "PathExpression";
      }
      function describeVars(vars) {
        const names = Object.entries(vars).map(([key, value]) => value !== null && typeof value === "object" ? `{{.${key}.<key>}}` : `{{.${key}}}`);
        return names.join(", ") || "none";
      }
      function placeholders(variables) {
        return Object.fromEntries(variables.map((name) => [name, name === "SourceOMITags" ? {} : `<${name}>`]));
      }
      function compileChecked(template, vars, field) {
        const { handlebars, collectReferences } = loadEngine();
        let program;
        try {
          program = handlebars.parse(toHandlebars(template));
        } catch (error) {
          const lines2 = error instanceof Error ? error.message.split("\n") : [String(error)];
          const reason = lines2.length > 1 ? `${lines2[0]} ${lines2[lines2.length - 1]}` : lines2[0];
          throw new Error(`${field}: cannot read template ${JSON.stringify(template)}: ${reason}`, {
            cause: error
          });
        }
        const found = collectReferences(program);
        const unknownFunction = found.functions.find((name) => !(name in helpers));
        if (unknownFunction !== void 0) {
          throw new Error(`${field}: unknown template function "${unknownFunction}" in ${JSON.stringify(template)}. Functions: ${templateFunctions.join(", ")}.`);
        }
        const unknownVariable = found.variables.find((path) => !(path.split(".")[0] in vars));
        if (unknownVariable !== void 0) {
          throw new Error(`${field}: unknown template variable "${unknownVariable}" in ${JSON.stringify(template)}. Variables available in ${field}: ${describeVars(vars)}; functions: ${templateFunctions.join(", ")}.`);
        }
        return program;
      }
      const plainReference = /\{\{\s*\.?([A-Za-z_]\w*)\s*\}\}/g;
      const functionsWithoutArguments = /* @__PURE__ */ new Set([
        "timestamp",
        "isotime",
        "uuid",
        "build_name",
        "build_type"
      ]);
      function isPlain(template, isVariable) {
        const parts = template.split(plainReference);
        return parts.every((part, i) => {
          if (i % 2 === 1)
            return functionsWithoutArguments.has(part) || isVariable(part);
          const touchesReference = i + 1 < parts.length && /[{\\]$/.test(part) || i > 0 && part.startsWith("}");
          return !part.includes("{{") && !touchesReference;
        });
      }
      function checkTemplate(template, variables, field) {
        if (!template.includes("{{") || isPlain(template, (name) => variables.includes(name)))
          return;
        compileChecked(template, placeholders(variables), field);
      }
      function render(template, vars, field) {
        if (!template.includes("{{"))
          return template;
        if (isPlain(template, (name) => typeof vars[name] === "string")) {
          return template.replace(plainReference, (_reference, name) => functionsWithoutArguments.has(name) ? String(helpers[name]()) : String(vars[name]));
        }
        const program = compileChecked(template, vars, field);
        try {
          return loadEngine().handlebars.compile(program, { strict: true, noEscape: true })(vars);
        } catch (error) {
          const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
          const missing = /"([^"]+)" not defined/.exec(reason);
          if (missing) {
            throw new Error(`${field}: ${JSON.stringify(template)} uses the key "${missing[1]}" of a map that has no such key in this build (e.g. a tag the source OMI does not carry).`, { cause: error });
          }
          throw new Error(`${field}: cannot render template ${JSON.stringify(template)}: ${reason}`, {
            cause: error
          });
        }
      }
      ;
      const defaultMountPath = "/mnt/osc-chroot/{{.Device}}";
      const defaultChrootMounts = [
        { fstype: "proc", source: "proc", target: "/proc" },
        { fstype: "sysfs", source: "sysfs", target: "/sys" },
        { fstype: "private-dev", source: "osc-chroot", target: "/dev" }
      ];
      const defaultCopyFiles = ["/etc/resolv.conf"];
      const defaults_defaultTimeouts = {
        volume: 10 * 60,
        link: 10 * 60,
        device: 5 * 60,
        snapshot: 2 * 60 * 60,
        omi: 60 * 60
      };
      function rootVolumeSize(v, fromScratch) {
        const size = v.root_volume_size ?? 0;
        if (fromScratch)
          return size;
        const root = v.omi_block_device_mappings?.find((m) => m.deviceName === "/dev/sda1");
        return Math.max(size, root?.volumeSize ?? 0);
      }
      function clientCertificate(v, workspace) {
        if (v.x509_cert_path === void 0 && v.x509_key_path === void 0)
          return void 0;
        return {
          certPath: v.x509_cert_path ? (0, external_node_path_.resolve)(workspace, v.x509_cert_path) : "",
          keyPath: v.x509_key_path ? (0, external_node_path_.resolve)(workspace, v.x509_key_path) : ""
        };
      }
      function toBuildConfig(values, workspace) {
        const v = values;
        const fromScratch = v.from_scratch ?? false;
        const virtualizationType = v.omi_virtualization_type ?? "hvm";
        return {
          credentials: { accessKey: v.access_key ?? "", secretKey: v.secret_key ?? "" },
          region: v.region ?? "",
          profile: v.profile ?? "",
          customEndpointOapi: v.custom_endpoint_oapi ?? "",
          insecureSkipTlsVerify: v.insecure_skip_tls_verify ?? false,
          skipRegionValidation: v.skip_region_validation ?? false,
          clientCertificate: clientCertificate(v, workspace),
          sourceOmi: v.source_omi ?? "",
          sourceOmiFilter: v.source_omi_filter,
          fromScratch,
          rootVolumeSize: rootVolumeSize(v, fromScratch),
          rootVolumeType: v.root_volume_type ?? "",
          rootVolumeIops: v.root_volume_iops ?? 0,
          rootVolumeTags: v.root_volume_tags ?? {},
          growRootFilesystem: v.grow_root_filesystem ?? true,
          devicePath: v.device_path ?? "",
          nvmeDevicePath: v.nvme_device_path ?? "",
          mountPath: v.mount_path ?? defaultMountPath,
          // Packer appended the partition only for HVM: a paravirtual image is the whole device.
          mountPartition: virtualizationType === "paravirtual" ? "0" : v.mount_partition ?? "1",
          mountOptions: v.mount_options ?? [],
          preMountCommands: v.pre_mount_commands ?? [],
          postMountCommands: v.post_mount_commands ?? [],
          chrootMounts: v.chroot_mounts?.length ? v.chroot_mounts : defaultChrootMounts,
          copyFiles: v.copy_files ?? (fromScratch ? [] : defaultCopyFiles),
          commandWrapper: v.command_wrapper ?? "{{.Command}}",
          omiName: v.omi_name ?? "",
          omiDescription: v.omi_description ?? "",
          omiVirtualizationType: virtualizationType,
          omiAccountIds: v.omi_account_ids ?? [],
          globalPermission: v.global_permission ?? false,
          snapshotAccountIds: v.snapshot_account_ids ?? [],
          snapshotGroups: v.snapshot_groups ?? [],
          omiBootModes: v.omi_boot_modes ?? [],
          tpmMandatory: v.tpm_mandatory,
          productCodes: v.product_codes ?? [],
          rootDeviceName: v.root_device_name ?? "",
          omiBlockDeviceMappings: v.omi_block_device_mappings ?? [],
          forceDeregister: v.force_deregister ?? false,
          forceDeleteSnapshot: v.force_delete_snapshot ?? false,
          tags: v.tags ?? {},
          snapshotTags: v.snapshot_tags ?? {},
          provision: v.provision ?? "",
          provisionShell: v.provision_shell ?? "/bin/sh -e",
          provisionScripts: (v.provision_scripts ?? []).map((path) => (0, external_node_path_.resolve)(workspace, path)),
          provisionFiles: (v.provision_files ?? []).map((file) => file.direction === "download" ? { ...file, destination: (0, external_node_path_.resolve)(workspace, file.destination) } : (
            // A trailing / on a directory means "its contents" (Packer's rule): kept.
            {
              ...file,
              source: (0, external_node_path_.resolve)(workspace, file.source) + (file.source.endsWith("/") ? "/" : "")
            }
          )),
          provisionEnv: v.provision_env ?? {},
          provisionHostCommands: v.provision_host_commands ?? [],
          // Filled in by loadConfig from the template (provisioners/provisioners.ts).
          templateProvisioners: [],
          workspace,
          preventServiceStart: v.prevent_service_start ?? true,
          killChrootProcesses: v.kill_chroot_processes ?? true,
          timeouts: { ...defaults_defaultTimeouts, ...v.timeouts },
          dryRun: v.dry_run ?? false,
          cleanupOrphans: v.cleanup_orphans ?? 0
        };
      }
      ;
      let terminal = false;
      function useTerminalOutput() {
        terminal = true;
      }
      function print(line) {
        process.stderr.write(`${line}
`);
      }
      const log = {
        debug: (message) => {
          if (!terminal)
            lib_core.Yz(message);
          else if (process.env.OSC_CHROOT_DEBUG)
            print(`debug: ${message}`);
        },
        info: (message) => terminal ? print(message) : lib_core.pq(message),
        warning: (message) => terminal ? print(`warning: ${message}`) : lib_core.$e(message),
        notice: (message) => terminal ? print(`notice: ${message}`) : lib_core.lm(message),
        /** Runs fn inside a collapsible log group (a heading line on a terminal). */
        group: (name, fn) => {
          if (!terminal)
            return lib_core.Os(name, fn);
          print(`
== ${name}`);
          return fn();
        },
        /** Masks a value in every later log line of the runner. A terminal has no masking: never print it. */
        secret: (value) => {
          if (!terminal)
            lib_core.Pq(value);
        }
      };
      var mod = __webpack_require__(1916);
      var dist = __webpack_require__(8815);
      ;
      class ValueContext {
        key;
        findings;
        origin;
        constructor(key, findings, origin = "input") {
          this.key = key;
          this.findings = findings;
          this.origin = origin;
        }
        /** Records a problem with this value; returns undefined so a parser can `return at.problem()`. */
        problem(message) {
          this.findings.problems.push(`${this.key}: ${message}${this.whereFrom()}`);
          return void 0;
        }
        warning(message) {
          this.findings.warnings.push(`${this.key}: ${message}${this.whereFrom()}`);
        }
        /** The context of a key or list index inside this value. */
        child(name) {
          const key = typeof name === "number" ? `${this.key}[${name}]` : `${this.key}.${name}`;
          return new ValueContext(key, this.findings, this.origin);
        }
        whereFrom() {
          return this.origin === "input" ? "" : ` (from ${this.origin})`;
        }
      }
      function show(value) {
        if (typeof value === "string" && value.length > 80)
          return JSON.stringify(`${value.slice(0, 77)}...`);
        const text = JSON.stringify(value) ?? String(value);
        return text.length > 80 ? `${text.slice(0, 77)}...` : text;
      }
      function isMap(raw) {
        return raw !== null && typeof raw === "object" && !Array.isArray(raw);
      }
      function shapeOf(raw) {
        if (Array.isArray(raw))
          return "a list";
        if (isMap(raw))
          return "a map";
        return show(raw);
      }
      function didYouMean(word, known) {
        if (known.length === 0)
          return "";
        const best = (0, mod.kp)(word, [...known]);
        return (0, mod.Io)(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? `; did you mean "${best}"?` : "";
      }
      function parseYaml(text) {
        return dist.parse(text, { schema: "failsafe", logLevel: "error" });
      }
      const yamlQuotingHint = ' (in YAML, quote a value that starts with { or [, e.g. Name: "{{.SourceOMIName}}")';
      const parse_text = (raw, at) => {
        if (typeof raw === "string")
          return raw;
        if (typeof raw === "number" || typeof raw === "boolean")
          return String(raw);
        const hint = isMap(raw) || Array.isArray(raw) ? yamlQuotingHint : "";
        return at.problem(`expected a single value, got ${shapeOf(raw)}${hint}`);
      };
      const parse_boolean = (raw, at) => {
        if (typeof raw === "boolean")
          return raw;
        if (typeof raw === "string" && /^(true|True|TRUE)$/.test(raw))
          return true;
        if (typeof raw === "string" && /^(false|False|FALSE)$/.test(raw))
          return false;
        return at.problem(`${show(raw)} is not a boolean; write true or false`);
      };
      function integer(min, max) {
        const allowed = max === void 0 ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`;
        return (raw, at) => {
          let value = Number.NaN;
          if (typeof raw === "number")
            value = raw;
          if (typeof raw === "string" && /^-?[0-9]+$/.test(raw.trim()))
            value = Number(raw);
          if (!Number.isInteger(value))
            return at.problem(`${show(raw)} is not ${allowed}`);
          if (value < min || max !== void 0 && value > max) {
            return at.problem(`${show(raw)} is out of range; expected ${allowed}`);
          }
          return value;
        };
      }
      function oneOf(...allowed) {
        const choices = allowed.length > 1 ? `${allowed.slice(0, -1).join(", ")} or ${allowed.at(-1)}` : allowed[0];
        return (raw, at) => {
          const value = parse_text(raw, at);
          if (value === void 0)
            return void 0;
          if (allowed.includes(value))
            return value;
          return at.problem(`${show(value)} is not allowed; use ${choices}`);
        };
      }
      function matching(pattern, expected) {
        return (raw, at) => {
          const value = parse_text(raw, at);
          if (value === void 0 || pattern.test(value))
            return value;
          return at.problem(`${show(value)} is not ${expected}`);
        };
      }
      function lines(item) {
        return (raw, at) => {
          let items;
          if (Array.isArray(raw)) {
            items = raw;
          } else if (typeof raw === "string") {
            items = raw.trim() === "[]" ? [] : raw.split(/\r?\n/).map((line) => line.trim());
            items = items.filter((line) => line !== "");
          } else {
            return at.problem(`expected one value per line or a YAML list, got ${shapeOf(raw)}`);
          }
          const parsed = items.map((value, index) => item(value, at.child(index)));
          return parsed.every((value) => value !== void 0) ? parsed : void 0;
        };
      }
      function yamlValue(parser) {
        return (raw, at) => {
          if (typeof raw !== "string")
            return parser(raw, at);
          let parsed;
          try {
            parsed = parseYaml(raw);
          } catch (error) {
            const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
            return at.problem(`is not valid YAML: ${reason}`);
          }
          return parser(parsed, at);
        };
      }
      const stringMap = yamlValue((raw, at) => {
        if (!isMap(raw))
          return at.problem(`expected a YAML map (name: value), got ${shapeOf(raw)}`);
        const entries = Object.entries(raw).map(([name, value]) => [name, parse_text(value, at.child(name))]);
        return entries.every(([, value]) => value !== void 0) ? Object.fromEntries(entries) : void 0;
      });
      function fields(shape) {
        const known = Object.keys(shape);
        return (raw, at) => {
          if (!isMap(raw)) {
            return at.problem(`expected a YAML map with the keys ${known.join(", ")}; got ${shapeOf(raw)}`);
          }
          const result = {};
          let valid = true;
          for (const [key, value] of Object.entries(raw)) {
            if (!(key in shape)) {
              const hint = didYouMean(key, known) || `; known keys: ${known.join(", ")}`;
              valid = at.problem(`unknown key "${key}"${hint}`) ?? false;
            } else if (value !== "" && value !== null) {
              result[key] = shape[key](value, at.child(key));
              if (result[key] === void 0)
                valid = false;
            }
          }
          return valid ? result : void 0;
        };
      }
      const duration = (raw, at) => {
        const value = parse_text(raw, at);
        if (value === void 0)
          return void 0;
        const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value.trim());
        let seconds = Number.NaN;
        if (/^\d+$/.test(value.trim()))
          seconds = Number(value);
        else if (parts && value.trim() !== "") {
          const [hours, minutes, secs] = parts.slice(1).map((part) => Number(part ?? 0));
          seconds = hours * 3600 + minutes * 60 + secs;
        }
        if (!(seconds > 0)) {
          return at.problem(`${show(value)} is not a duration; write seconds (600) or e.g. 90s, 10m, 2h, 1h30m`);
        }
        return seconds;
      };
      ;
      const devicePath = (raw, at) => {
        let value = parse_text(raw, at);
        if (value === void 0)
          return void 0;
        if (value.startsWith("/dev/vd")) {
          const rewritten = value.replace("/dev/vd", "/dev/xvd");
          at.warning(`${show(value)} rewritten to "${rewritten}": OAPI cannot link a volume as /dev/vd*`);
          value = rewritten;
        }
        if (/^\/dev\/(sd|xvd)[b-z][a-z]?$/.test(value))
          return value;
        return at.problem(`${show(value)} is not a device name OAPI can link; use /dev/xvd or /dev/sd followed by a letter from b to z and an optional second letter (e.g. /dev/xvdf)`);
      };
      const deviceFile = matching(/^\/dev\/[A-Za-z0-9/._-]+$/, "a device path under /dev/ of letters, digits and / . _ - (e.g. /dev/sda1, /dev/nvme1n1)");
      const absolutePath = matching(/^\/\S*/, "an absolute path (it must start with /)");
      const mountPartition = (raw, at) => {
        const value = parse_text(raw, at)?.trim();
        if (value === void 0)
          return void 0;
        if (value === "auto")
          return value;
        if (/^\d+$/.test(value))
          return String(Number(value));
        return at.problem(`${show(value)} is not a partition number (0 = the whole device) or auto`);
      };
      const mountOption = (raw, at) => {
        const value = parse_text(raw, at);
        if (value === void 0)
          return void 0;
        let reason = "";
        if (/\s/.test(value))
          reason = "it contains a space; put each option on its own line";
        else if (value.startsWith("-"))
          reason = 'it starts with "-", which mount would read as a flag';
        else if (value.split(",").some((option) => option === ""))
          reason = "it has an empty option";
        return reason === "" ? value : at.problem(`${show(value)} is not a mount option: ${reason}`);
      };
      const accountId = matching(/^\d{12}$/, "an Outscale account id (12 digits)");
      const omiId = matching(/^ami-[0-9a-f]+$/, "an OMI id like ami-12345678 (to choose an OMI by name, use source_omi_filter)");
      const variableName = /^[A-Za-z_][A-Za-z0-9_]*$/;
      function assertVariableNames(names, where) {
        for (const name of names) {
          if (!variableName.test(name)) {
            throw new Error(`${where}: ${JSON.stringify(name)} is not a variable name (letters, digits and _, not first a digit).`);
          }
        }
      }
      const omiNameCharacters = /^[A-Za-z0-9 ()/._-]*$/;
      const omiName = (raw, at) => {
        const template = parse_text(raw, at);
        if (template === void 0)
          return void 0;
        let name;
        try {
          name = render(template, {}, at.key);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const prefix = `${at.key}: `;
          return at.problem(message.startsWith(prefix) ? message.slice(prefix.length) : message);
        }
        const shown = name === template ? show(name) : `${show(name)} (from ${show(template)})`;
        if (name.length < 3 || name.length > 128) {
          return at.problem(`${shown} is ${name.length} characters long; OMI names have 3 to 128`);
        }
        if (!omiNameCharacters.test(name)) {
          const bad = [...new Set(name.replace(/[A-Za-z0-9 ()/._-]/g, ""))].map((c) => show(c));
          return at.problem(`${shown} contains ${bad.join(", ")}; OMI names allow only letters, digits, space and ( ) / . - _. Pass the text that may hold others through clean_resource_name, which replaces them with "-", e.g. app-{{ isotime | clean_resource_name }}`);
        }
        return name;
      };
      const minimumOrphanAgeSeconds = 10 * 60;
      const orphanAge = (raw, at) => {
        const seconds = duration(raw, at);
        if (seconds === void 0 || seconds >= minimumOrphanAgeSeconds)
          return seconds;
        return at.problem(`${show(raw)} is too young: an orphan must be at least 10m old, so that the resources of builds still running are never swept; use an age longer than your longest build, e.g. 6h`);
      };
      ;
      const volumeTypes = ["standard", "gp2", "io1"];
      const maxVolumeSizeGiB = 14901;
      const minIops = 100;
      const maxIops = 13e3;
      const maxIopsPerGiB = 300;
      function checkIops(volume2, iopsAt, keys) {
        const { type, iops, size } = volume2;
        if (type !== "io1") {
          if (iops !== void 0) {
            iopsAt.problem(`${iops} is set but ${keys.type} is ${type ?? "not set"}; only io1 volumes take IOPS (set ${keys.type}: io1 or remove ${iopsAt.key})`);
          }
          return;
        }
        if (iops === void 0) {
          iopsAt.problem(`required when ${keys.type} is io1; give ${minIops} to ${maxIops} IOPS`);
        } else if (iops < minIops || iops > maxIops) {
          iopsAt.problem(`${iops} is out of range; io1 volumes take ${minIops} to ${maxIops} IOPS`);
        } else if (size !== void 0 && iops > maxIopsPerGiB * size) {
          iopsAt.problem(`${iops} is more than ${maxIopsPerGiB} IOPS per GiB of ${keys.size} ${size}; use at most ${maxIopsPerGiB * size} or a larger volume`);
        }
      }
      ;
      const imageFilterNames = {
        "account-alias": "AccountAliases",
        "account-id": "AccountIds",
        architecture: "Architectures",
        "boot-mode": "BootModes",
        description: "Descriptions",
        "file-location": "FileLocations",
        hypervisor: "Hypervisors",
        "image-id": "ImageIds",
        "image-name": "ImageNames",
        "product-code": "ProductCodes",
        "root-device-name": "RootDeviceNames",
        "root-device-type": "RootDeviceTypes",
        state: "States",
        tag: "Tags",
        "tag-key": "TagKeys",
        "tag-value": "TagValues",
        "virtualization-type": "VirtualizationTypes"
      };
      const oapiImageFilterNames = Object.values(imageFilterNames);
      const imageFilters = (raw, at) => {
        if (!isMap(raw)) {
          return at.problem(`expected a map of filter names to values, e.g. image-name: "Debian-12-*"`);
        }
        const filters = {};
        for (const [name, value] of Object.entries(raw)) {
          const oapiName = imageFilterNames[name] ?? (oapiImageFilterNames.includes(name) ? name : "");
          if (oapiName === "") {
            const known = [...Object.keys(imageFilterNames), ...oapiImageFilterNames];
            const hint = didYouMean(name, known) || `; known filters: ${Object.keys(imageFilterNames).join(", ")}`;
            at.problem(`unknown filter "${name}"${hint}`);
            continue;
          }
          const values = lines(parse_text)(value, at.child(name));
          if (values !== void 0)
            filters[oapiName] = values;
        }
        return filters;
      };
      const sourceOmiFilterFields = fields({
        filters: imageFilters,
        owners: lines(parse_text),
        most_recent: parse_boolean
      });
      const sourceOmiFilter = yamlValue((raw, at) => {
        const filter = sourceOmiFilterFields(raw, at);
        if (filter === void 0)
          return void 0;
        return {
          filters: filter.filters ?? {},
          owners: filter.owners ?? [],
          mostRecent: filter.most_recent ?? false
        };
      });
      const chrootMounts = yamlValue((raw, at) => {
        if (!Array.isArray(raw)) {
          return at.problem(`expected a YAML list of [fstype, source, target] entries, got ${show(raw)}`);
        }
        const mounts = raw.map((entry, index) => {
          const entryAt = at.child(index);
          if (!Array.isArray(entry) || entry.length !== 3) {
            return entryAt.problem(`${show(entry)} must have exactly three elements: [fstype, source, target-inside-chroot]`);
          }
          const [fstype, source, target] = entry.map((part) => parse_text(part, entryAt));
          if (fstype === void 0 || source === void 0 || target === void 0)
            return void 0;
          if (!target.startsWith("/")) {
            return entryAt.problem(`target ${show(target)} must be an absolute path inside the chroot`);
          }
          return { fstype, source, target };
        });
        return mounts.every((mount2) => mount2 !== void 0) ? mounts : void 0;
      });
      const blockDeviceMappingFields = fields({
        device_name: parse_text,
        delete_on_vm_deletion: parse_boolean,
        iops: integer(0),
        no_device: parse_boolean,
        snapshot_id: parse_text,
        virtual_name: parse_text,
        volume_size: integer(1, maxVolumeSizeGiB),
        volume_type: oneOf(...volumeTypes)
      });
      function blockDeviceMapping(raw, at) {
        const mapping = blockDeviceMappingFields(raw, at);
        if (mapping === void 0)
          return void 0;
        if (mapping.device_name === void 0) {
          at.problem(`device_name is required (e.g. /dev/sda1 for the root device)`);
        } else if (!mapping.device_name.startsWith("/dev/")) {
          at.child("device_name").problem(`${show(mapping.device_name)} must start with /dev/`);
        }
        checkIops({ type: mapping.volume_type, iops: mapping.iops, size: mapping.volume_size }, at.child("iops"), { type: "volume_type", size: "volume_size" });
        return {
          deviceName: mapping.device_name ?? "",
          deleteOnVmDeletion: mapping.delete_on_vm_deletion,
          iops: mapping.iops,
          noDevice: mapping.no_device ?? false,
          snapshotId: mapping.snapshot_id,
          virtualName: mapping.virtual_name,
          volumeSize: mapping.volume_size,
          volumeType: mapping.volume_type
        };
      }
      const blockDeviceMappings = yamlValue((raw, at) => {
        if (!Array.isArray(raw)) {
          return at.problem(`expected a YAML list of maps (device_name, volume_size, ...), got ${show(raw)}`);
        }
        const mappings = raw.map((entry, index) => blockDeviceMapping(entry, at.child(index)));
        const names = mappings.map((mapping) => mapping?.deviceName).filter((name) => name);
        const repeated = names.filter((name, index) => names.indexOf(name) !== index);
        if (repeated.length > 0)
          at.problem(`device_name ${show(repeated[0])} appears more than once`);
        return mappings.every((mapping) => mapping !== void 0) ? mappings : void 0;
      });
      function provisionFileFromLine(line, at) {
        const colon = line.lastIndexOf(":/");
        if (colon <= 0) {
          return at.problem(`${show(line)} is not source:destination with an absolute destination (e.g. files/app.conf:/etc/app.conf)`);
        }
        return { source: line.slice(0, colon), destination: line.slice(colon + 1) };
      }
      const provisionFileFields = fields({
        source: parse_text,
        destination: parse_text,
        direction: oneOf("upload", "download")
      });
      function insideImage(file, at) {
        const [key, path] = file.direction === "download" ? ["source", file.source] : ["destination", file.destination];
        if (!path.startsWith("/")) {
          return at.child(key).problem(`${show(path)} is not an absolute path (it must start with /)`);
        }
        if (!path.split("/").includes(".."))
          return file;
        return at.problem(`${key} ${show(path)} contains "..": give the absolute path inside the image without it (e.g. /etc/app.conf)`);
      }
      function provisionFile(raw, at) {
        if (typeof raw === "string") {
          const file2 = provisionFileFromLine(raw.trim(), at);
          return file2 && insideImage(file2, at);
        }
        const file = provisionFileFields(raw, at);
        if (file === void 0)
          return void 0;
        if (file.source === void 0 || file.destination === void 0) {
          return at.problem(`needs both source and destination`);
        }
        return insideImage({ source: file.source, destination: file.destination, direction: file.direction }, at);
      }
      const provisionFiles = (raw, at) => {
        let items = raw;
        if (typeof raw === "string") {
          items = raw.split(/\r?\n/).filter((line) => line.trim() !== "");
          try {
            const parsed = parseYaml(raw);
            if (Array.isArray(parsed))
              items = parsed;
          } catch {
          }
        }
        if (!Array.isArray(items)) {
          return at.problem(`expected one source:destination per line or a YAML list, got ${show(raw)}`);
        }
        const files = items.map((item, index) => provisionFile(item, at.child(index)));
        return files.every((file) => file !== void 0) ? files : void 0;
      };
      const provisionEnv = (raw, at) => {
        let entries;
        if (isMap(raw)) {
          entries = Object.entries(raw).map(([name, value]) => [name, parse_text(value, at.child(name))]);
        } else {
          const assignments = lines(parse_text)(raw, at);
          if (assignments === void 0)
            return void 0;
          entries = assignments.map((line, index) => {
            const equals = line.indexOf("=");
            if (equals < 0)
              return ["", at.child(index).problem(`is not in KEY=VALUE form`)];
            return [line.slice(0, equals).trim(), line.slice(equals + 1)];
          });
        }
        let valid = true;
        for (const [name, value] of entries) {
          if (value === void 0)
            valid = false;
          else if (!variableName.test(name)) {
            valid = false;
            at.problem(`${show(name)} is not a variable name (letters, digits and _, not first a digit)`);
          }
        }
        return valid ? Object.fromEntries(entries) : void 0;
      };
      const timeouts = yamlValue(fields({ volume: duration, link: duration, device: duration, snapshot: duration, omi: duration }));
      ;
      const templateVariablesInput = "template_variables";
      const templateSourceInput = "template_source";
      const variableNamePattern = /^[A-Za-z_][A-Za-z0-9_-]*$/;
      const variableValues = yamlValue((raw, at) => {
        if (!isMap(raw)) {
          return at.problem(`expected a YAML or JSON map of variable names to values, e.g. version: "1.2"`);
        }
        const bad = Object.keys(raw).filter((name) => !variableNamePattern.test(name));
        if (bad.length > 0) {
          return at.problem(`${show(bad[0])} is not a variable name (letters, digits, _ and -)`);
        }
        return raw;
      });
      function readTemplateInputs(getInput, findings) {
        const variablesText = getInput(templateVariablesInput);
        const variables = variablesText.trim() === "" ? {} : variableValues(variablesText, new ValueContext(templateVariablesInput, findings)) ?? {};
        const source = parse_text(getInput(templateSourceInput), new ValueContext(templateSourceInput, findings)) ?? "";
        return { variables, source: source.trim() };
      }
      function chooseCandidate(candidates2, source, where, at, sourceAt) {
        const names = candidates2.map((candidate2) => `${candidate2.type}.${candidate2.name}`);
        if (source === "") {
          if (candidates2.length === 1)
            return candidates2[0];
          if (candidates2.length === 0)
            return at.problem(`the template has no ${where}`);
          return at.problem(`the template has several ${where} (${names.join(", ")}); choose one with the ${templateSourceInput} input (its name or type.name)`);
        }
        const chosen = candidates2.filter((candidate2) => candidate2.name === source || `${candidate2.type}.${candidate2.name}` === source);
        if (chosen.length === 1)
          return chosen[0];
        if (chosen.length === 0) {
          return sourceAt.problem(`${show(source)} is none of the template's ${where} (${names.join(", ") || "none"})`);
        }
        return sourceAt.problem(`${show(source)} names several of the template's ${where}; write type.name (${chosen.map((candidate2) => `${candidate2.type}.${candidate2.name}`).join(", ")})`);
      }
      ;
      const options = {
        // Credentials and endpoint
        access_key: parse_text,
        secret_key: parse_text,
        region: parse_text,
        profile: parse_text,
        custom_endpoint_oapi: matching(/^\S+$/, "an endpoint URL or domain (no spaces)"),
        insecure_skip_tls_verify: parse_boolean,
        skip_region_validation: parse_boolean,
        x509_cert_path: parse_text,
        x509_key_path: parse_text,
        // Source
        source_omi: omiId,
        source_omi_filter: sourceOmiFilter,
        from_scratch: parse_boolean,
        // Volume and mount
        root_volume_size: integer(0, maxVolumeSizeGiB),
        root_volume_type: oneOf(...volumeTypes),
        root_volume_iops: integer(0),
        root_volume_tags: stringMap,
        grow_root_filesystem: parse_boolean,
        device_path: devicePath,
        nvme_device_path: deviceFile,
        mount_path: parse_text,
        mount_partition: mountPartition,
        mount_options: lines(mountOption),
        pre_mount_commands: lines(parse_text),
        post_mount_commands: lines(parse_text),
        chroot_mounts: chrootMounts,
        copy_files: lines(absolutePath),
        command_wrapper: parse_text,
        // OMI
        omi_name: omiName,
        omi_description: parse_text,
        omi_virtualization_type: oneOf("hvm", "paravirtual"),
        omi_account_ids: lines(accountId),
        global_permission: parse_boolean,
        snapshot_account_ids: lines(accountId),
        snapshot_groups: lines(oneOf("all")),
        omi_boot_modes: lines(oneOf("legacy", "uefi")),
        tpm_mandatory: parse_boolean,
        product_codes: lines(parse_text),
        root_device_name: deviceFile,
        omi_block_device_mappings: blockDeviceMappings,
        force_deregister: parse_boolean,
        force_delete_snapshot: parse_boolean,
        tags: stringMap,
        snapshot_tags: stringMap,
        // Action-only
        provision: parse_text,
        provision_shell: parse_text,
        provision_scripts: lines(parse_text),
        provision_files: provisionFiles,
        provision_env: provisionEnv,
        provision_host_commands: lines(parse_text),
        template_provisioners: oneOf("run", "ignore"),
        prevent_service_start: parse_boolean,
        kill_chroot_processes: parse_boolean,
        timeouts,
        dry_run: parse_boolean,
        cleanup_orphans: orphanAge
      };
      const optionNames = Object.keys(options);
      const aliases = { snapshot_users: "snapshot_account_ids" };
      const configFileInput = "config_file";
      const inputNames = [
        ...optionNames,
        ...Object.keys(aliases),
        configFileInput,
        templateVariablesInput,
        templateSourceInput
      ];
      function parseOptions(raw, findings) {
        const values = {};
        const rejected = /* @__PURE__ */ new Set();
        for (const name of optionNames) {
          const found = raw[name];
          if (found === void 0)
            continue;
          const problemsBefore = findings.problems.length;
          const value = options[name](found.raw, new ValueContext(name, findings, found.origin));
          if (findings.problems.length > problemsBefore || value === void 0)
            rejected.add(name);
          else
            values[name] = value;
        }
        return { values, rejected };
      }
      function toRawOptions(entries, origin, keyAt) {
        const layer = {};
        const keyOf = {};
        for (const [key, raw] of entries) {
          const name = key in options ? key : aliases[key];
          if (name === void 0) {
            const hint = didYouMean(key, inputNames) || "; see the inputs in docs/configuration.md";
            keyAt(key).problem(`unknown option${hint}`);
            continue;
          }
          if (raw === "" || raw === null || raw === void 0)
            continue;
          if (name === "secret_key" && typeof raw === "string")
            log.secret(raw);
          if (layer[name] !== void 0) {
            keyAt(key).problem(`${keyOf[name]} is set too; ${key} is another name for it, set only one`);
            continue;
          }
          layer[name] = { raw, origin };
          keyOf[name] = key;
        }
        return layer;
      }
      ;
      const commonKeys = ["type", "name", "only", "except", "override"];
      const ignoredCommonKeys = {
        pause_before: "ignored: nothing needs to settle between two steps of a chroot build",
        max_retries: "ignored: a failed provisioner fails the build",
        timeout: "ignored: the job's timeout-minutes bounds the build"
      };
      class ProvisionerSettings {
        provisioner;
        findings;
        workspace;
        used = new Set(commonKeys);
        at;
        constructor(provisioner, findings, workspace) {
          this.provisioner = provisioner;
          this.findings = findings;
          this.workspace = workspace;
          this.at = new ValueContext(`${provisioner.type} provisioner (${provisioner.at})`, findings);
        }
        get settings() {
          return this.provisioner.settings;
        }
        has(key) {
          this.used.add(key);
          const value = this.settings[key];
          return value !== void 0 && value !== null && value !== "";
        }
        text(key) {
          if (!this.has(key))
            return void 0;
          const value = this.settings[key];
          if (typeof value === "string")
            return value;
          if (typeof value === "number" || typeof value === "boolean")
            return String(value);
          return this.at.child(key).problem(`expected a string, got ${show(value)}`);
        }
        boolean(key) {
          if (!this.has(key))
            return void 0;
          const value = this.settings[key];
          if (typeof value === "boolean")
            return value;
          if (value === "true" || value === "false")
            return value === "true";
          return this.at.child(key).problem(`${show(value)} is not a boolean; write true or false`);
        }
        list(key) {
          if (!this.has(key))
            return [];
          const value = this.settings[key];
          const items = Array.isArray(value) ? value : [value];
          const strings2 = items.filter((item) => ["string", "number", "boolean"].includes(typeof item));
          if (strings2.length !== items.length) {
            this.at.child(key).problem(`expected a list of strings, got ${show(value)}`);
            return [];
          }
          return strings2.map(String);
        }
        integers(key) {
          if (!this.has(key))
            return void 0;
          const values = this.list(key).map(Number);
          if (values.some((value) => !Number.isInteger(value) || value < 0 || value > 255)) {
            return this.at.child(key).problem(`expected exit codes (whole numbers 0-255), got ${show(this.settings[key])}`);
          }
          return values;
        }
        /** KEY=VALUE entries (environment_vars, ansible_env_vars); values never shown. */
        assignments(key) {
          const environment = {};
          for (const [index, line] of this.list(key).entries()) {
            const equals = line.indexOf("=");
            const name = equals < 0 ? "" : line.slice(0, equals);
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
              this.at.child(key).child(index).problem(`not in KEY=VALUE form with KEY a variable name (letters, digits and _, not first a digit)`);
              continue;
            }
            environment[name] = line.slice(equals + 1);
          }
          return environment;
        }
        /** `env`: a map of variable names to values (Packer 1.8+). */
        envMap(key) {
          if (!this.has(key))
            return {};
          const value = this.settings[key];
          if (!isMap(value)) {
            this.at.child(key).problem(`expected a map of variable names to values`);
            return {};
          }
          const environment = {};
          for (const [name, item] of Object.entries(value)) {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
              this.at.child(key).problem(`${show(name)} is not a variable name`);
            } else
              environment[name] = String(item);
          }
          return environment;
        }
        /** A host file the provisioner reads, relative to the workspace as Packer's are to its cwd. */
        hostFile(key, path, what = "file") {
          const absolute = (0, external_node_path_.resolve)(this.workspace, path);
          const stats = (0, external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
          if (!stats) {
            this.at.child(key).problem(`${show(path)} does not exist (in ${this.workspace})`);
          } else if (what === "file" && !stats.isFile()) {
            this.at.child(key).problem(`${show(path)} is not a file`);
          }
          return absolute;
        }
        /** Accepts keys that do nothing here, with a warning saying why. */
        ignore(keys) {
          for (const [key, why] of Object.entries(keys)) {
            if (this.has(key))
              this.at.child(key).warning(why);
          }
        }
        /** Reports every key no mapping read. */
        rejectUnknown(known) {
          for (const key of Object.keys(this.settings)) {
            if (this.used.has(key))
              continue;
            const hint = didYouMean(key, [...known]) || `; this action reads ${[...known].sort().join(", ")}`;
            this.at.child(key).problem(`not supported${hint}`);
          }
        }
      }
      ;
      const ansibleKeys = [
        "playbook_file",
        "command",
        "extra_arguments",
        "ansible_env_vars",
        "groups",
        "empty_groups",
        "host_alias",
        "user",
        "keep_inventory_file",
        "skip_version_check",
        "use_proxy",
        "ansible_ssh_extra_args",
        "sftp_command",
        "use_sftp",
        "local_port",
        "ssh_host_key_file",
        "ssh_authorized_key_file",
        "roles_path",
        "collections_path"
      ];
      const ansibleRefused = {
        inventory_file: "the action writes the inventory itself (one host, host_alias, in groups, reached through the chroot connection); set groups, and give variables with extra_arguments (-e)",
        inventory_directory: "the action writes the inventory itself; set groups and extra_arguments",
        galaxy_file: "install the roles and collections in an earlier workflow step (ansible-galaxy install -r requirements.yml), then point roles_path or collections_path at them"
      };
      function mapAnsible(settings, context) {
        const { at } = settings;
        const playbook = settings.text("playbook_file");
        const command = settings.text("command") ?? "ansible-playbook";
        const extraArguments = settings.list("extra_arguments");
        const environment = settings.assignments("ansible_env_vars");
        const groups = settings.list("groups");
        settings.list("empty_groups");
        const hostAlias = settings.text("host_alias") ?? "default";
        const rolesPath = settings.text("roles_path");
        if (rolesPath !== void 0)
          environment.ANSIBLE_ROLES_PATH = (0, external_node_path_.resolve)(context.workspace, rolesPath);
        const collectionsPath = settings.text("collections_path");
        if (collectionsPath !== void 0) {
          environment.ANSIBLE_COLLECTIONS_PATH = (0, external_node_path_.resolve)(context.workspace, collectionsPath);
        }
        for (const [key, advice] of Object.entries(ansibleRefused)) {
          if (settings.has(key))
            at.child(key).problem(`not supported: ${advice}`);
        }
        settings.ignore({
          user: "ignored: the chroot connection runs as root in the image",
          keep_inventory_file: "ignored: the inventory is written for the run and removed",
          skip_version_check: "ignored: ansible-playbook is looked for, not its version",
          use_proxy: "ignored: Ansible reaches the image through its chroot connection, no SSH proxy",
          ansible_ssh_extra_args: "ignored: there is no SSH connection in a chroot build",
          sftp_command: "ignored: there is no SSH connection in a chroot build",
          use_sftp: "ignored: there is no SSH connection in a chroot build",
          local_port: "ignored: there is no SSH connection in a chroot build",
          ssh_host_key_file: "ignored: there is no SSH connection in a chroot build",
          ssh_authorized_key_file: "ignored: there is no SSH connection in a chroot build"
        });
        settings.rejectUnknown([...ansibleKeys, ...commonKeys]);
        if (playbook === void 0)
          return at.child("playbook_file").problem("required");
        const playbookFile = settings.hostFile("playbook_file", playbook);
        for (const group of groups) {
          if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(group)) {
            at.child("groups").problem(`${show(group)} is not a valid Ansible group name`);
          }
        }
        if (!/^[A-Za-z0-9_.-]+$/.test(hostAlias)) {
          at.child("host_alias").problem(`${show(hostAlias)} is not a host name (letters, digits, _ . -)`);
        }
        const words = command.split(/\s+/).filter(Boolean);
        const program = words[0] ?? "";
        if (!findProgram(program, context.env)) {
          at.child("command").problem(`${show(program)} is not found on this runner (PATH); install Ansible on the runner (e.g. apt-get install ansible, or pip install ansible) before this step`);
        }
        return {
          type: "ansible",
          at: settings.provisioner.at,
          command: words,
          playbookFile,
          extraArguments,
          environment,
          groups,
          hostAlias,
          buildName: context.buildName
        };
      }
      function findProgram(program, env) {
        if (program === "")
          return void 0;
        const candidates2 = program.includes("/") ? [program] : (env.PATH ?? process.env.PATH ?? "").split(external_node_path_.delimiter).map((dir) => (0, external_node_path_.join)(dir, program));
        return candidates2.find((candidate2) => {
          try {
            (0, external_node_fs_.accessSync)(candidate2, external_node_fs_.constants.X_OK);
            return (0, external_node_fs_.statSync)(candidate2).isFile();
          } catch {
            return false;
          }
        });
      }
      ;
      const fileKeys = ["source", "sources", "content", "destination", "direction", "generated"];
      function mapFile(settings) {
        const { at } = settings;
        const direction = settings.text("direction") ?? "upload";
        if (direction !== "upload" && direction !== "download") {
          at.child("direction").problem(`${show(direction)} is not allowed; use upload or download`);
        }
        settings.ignore({ generated: "accepted: sources are checked when the provisioner runs" });
        const generated = settings.boolean("generated") ?? false;
        const sources = [...settings.list("source"), ...settings.list("sources")];
        const content = settings.text("content");
        const destination = settings.text("destination");
        settings.rejectUnknown([...fileKeys, ...commonKeys]);
        if (settings.has("source") && settings.has("sources")) {
          at.problem("set source or sources, not both");
        }
        if (destination === void 0)
          return at.child("destination").problem("required");
        if (content !== void 0 && sources.length > 0) {
          return at.problem("set content or source(s), not both");
        }
        if (content === void 0 && sources.length === 0) {
          return at.problem("needs source, sources or content");
        }
        if (direction === "download") {
          if (content !== void 0)
            return at.child("content").problem("cannot be downloaded");
          if (sources.length !== 1)
            return at.child("sources").problem("a download takes one source");
          if (!(0, external_node_path_.isAbsolute)(sources[0]) || sources[0].split("/").includes("..")) {
            return at.child("source").problem(`${show(sources[0])}: a download's source is an absolute path in the image, without ".."`);
          }
          const hostPath = (0, external_node_path_.resolve)(settings.workspace, destination);
          if (!insideDirectory(hostPath, settings.workspace)) {
            return at.child("destination").problem(`${show(destination)} is outside the workspace (${settings.workspace}); downloads stay in it`);
          }
          return { type: "file", at: settings.provisioner.at, direction, sources, destination: hostPath };
        }
        if (!(0, external_node_path_.isAbsolute)(destination) || destination.split("/").includes("..")) {
          return at.child("destination").problem(`${show(destination)} must be an absolute path in the image, without ".."`);
        }
        if (sources.length > 1 && !destination.endsWith("/")) {
          at.child("destination").problem(`with several sources, must be a directory ending in / (Packer's rule)`);
        }
        const hostSources = sources.map((source) => {
          const absolute = generated ? (0, external_node_path_.resolve)(settings.workspace, source) : settings.hostFile("source", source, "any");
          return source.endsWith("/") && !absolute.endsWith("/") ? `${absolute}/` : absolute;
        });
        return {
          type: "file",
          at: settings.provisioner.at,
          direction: "upload",
          sources: hostSources,
          content,
          destination
        };
      }
      function insideDirectory(path, dir) {
        const base = (0, external_node_path_.resolve)(dir);
        return path === base || path.startsWith(base.endsWith("/") ? base : `${base}/`);
      }
      ;
      const packerBuilderType = "osc-chroot";
      const shellKeys = [
        "inline",
        "script",
        "scripts",
        "environment_vars",
        "env",
        "inline_shebang",
        "execute_command",
        "remote_folder",
        "remote_file",
        "remote_path",
        "skip_clean",
        "valid_exit_codes",
        "binary",
        "expect_disconnect",
        "start_retry_timeout",
        "pause_after",
        "env_var_format",
        "use_env_var_file",
        "pause_before",
        "max_retries",
        "timeout"
      ];
      const shellLocalKeys = [
        "command",
        "inline",
        "script",
        "scripts",
        "environment_vars",
        "env",
        "inline_shebang",
        "execute_command",
        "valid_exit_codes",
        "only_on",
        "use_linux_pathing",
        "env_var_format",
        "use_env_var_file",
        "tempfile_extension",
        "pause_before",
        "max_retries",
        "timeout"
      ];
      const sudoPrefix = /(?:echo\s+(?:'[^']*'|"[^"]*"|\S+)\s*\|\s*)?\bsudo\b(?:\s+(?:-u\s+root|--preserve-env|-[ESHn]+))*\s+/g;
      const templateAction = /\{\{-?\s*\.?([A-Za-z]*)\s*-?\}\}/g;
      function reduceExecuteCommand(command, variable, settings) {
        const at = settings.at.child("execute_command");
        let reduced = command.replace(sudoPrefix, "");
        if (/\bsudo\b/.test(reduced)) {
          return at.problem(`${show(command)}: this use of sudo cannot be honoured; provisioning already runs as root in the chroot: write e.g. "chmod +x {{.${variable}}}; {{.Vars}} {{.${variable}}}"`);
        }
        let unknown;
        reduced = reduced.replace(templateAction, (match, name) => {
          if (name === "Vars")
            return "";
          if (name === variable)
            return `{{.${variable}}}`;
          if (name === "EnvVarFile")
            return "/dev/null";
          unknown ??= match;
          return match;
        });
        if (unknown !== void 0) {
          return at.problem(`${show(command)}: ${unknown} is not available here; execute_command can use {{.Vars}} and {{.${variable}}}`);
        }
        if (!reduced.includes(`{{.${variable}}}`)) {
          return at.problem(`${show(command)} must run {{.${variable}}}`);
        }
        return reduced.trim();
      }
      function environmentOf(settings, buildName) {
        return {
          PACKER_BUILDER_TYPE: packerBuilderType,
          PACKER_BUILD_NAME: buildName,
          ...settings.assignments("environment_vars"),
          ...settings.envMap("env")
        };
      }
      function inlineScript(settings, commands) {
        const shebang = settings.text("inline_shebang") ?? "/bin/sh -e";
        return { content: `#!${shebang}
${commands.join("\n")}
` };
      }
      function scriptFiles(settings) {
        const scripts = [];
        for (const key of ["script", "scripts"]) {
          for (const path of settings.list(key))
            scripts.push({ hostFile: settings.hostFile(key, path) });
        }
        return scripts;
      }
      function checkOneSource(settings, keys) {
        const set = keys.filter((key) => settings.has(key));
        if (set.length === 1)
          return true;
        settings.at.problem(set.length === 0 ? `needs one of ${keys.join(", ")}` : `${set.join(" and ")} are set; set only one of ${keys.join(", ")}`);
        return false;
      }
      function validExitCodes(settings) {
        return settings.integers("valid_exit_codes") ?? [0];
      }
      function pathInImage(settings, key, path) {
        if (!external_node_path_.posix.isAbsolute(path) || path.split("/").includes("..")) {
          settings.at.child(key).problem(`${show(path)} must be an absolute path in the image, without ".."`);
        }
        return external_node_path_.posix.normalize(path);
      }
      const environmentFormatIgnored = {
        env_var_format: "ignored: the variables reach the script through its environment",
        use_env_var_file: "accepted: the variables always reach the script through its environment"
      };
      function mapShell(settings, buildName) {
        const hasSource2 = checkOneSource(settings, ["inline", "script", "scripts"]);
        const inline = settings.list("inline");
        const scripts = settings.has("inline") ? [inlineScript(settings, inline)] : scriptFiles(settings);
        const environment = environmentOf(settings, buildName);
        const executeCommand = reduceExecuteCommand(settings.text("execute_command") ?? "chmod +x {{.Path}}; {{.Vars}} {{.Path}}", "Path", settings);
        const folder = pathInImage(settings, "remote_folder", settings.text("remote_folder") ?? "/tmp");
        const file = settings.text("remote_file") ?? `script_${(0, external_node_crypto_.randomInt)(1e4)}.sh`;
        if (file.includes("/"))
          settings.at.child("remote_file").problem(`${show(file)} must be a file name`);
        const remotePath = settings.has("remote_path") ? pathInImage(settings, "remote_path", settings.text("remote_path") ?? "") : external_node_path_.posix.join(folder, file);
        const skipClean = settings.boolean("skip_clean") ?? false;
        const codes = validExitCodes(settings);
        const binary = settings.boolean("binary") ?? false;
        settings.ignore({
          expect_disconnect: "ignored: a chroot has no connection to lose (a reboot cannot happen in it)",
          start_retry_timeout: "ignored: a chroot has no connection to wait for",
          pause_after: "ignored: nothing needs to settle between two steps of a chroot build",
          ...environmentFormatIgnored
        });
        settings.rejectUnknown([...shellKeys, ...commonKeys]);
        if (!hasSource2 || executeCommand === void 0)
          return void 0;
        return {
          type: "shell",
          at: settings.provisioner.at,
          scripts,
          environment,
          executeCommand,
          remotePath,
          skipClean,
          validExitCodes: codes,
          binary
        };
      }
      function shellLocalCommand(settings) {
        if (!settings.has("execute_command"))
          return "{{.Script}}";
        const raw = settings.settings.execute_command;
        const words = typeof raw === "string" ? ["/bin/sh", "-c", raw] : settings.list("execute_command");
        const [program, flag, text] = words;
        if (words.length === 3 && /^(\/bin\/|\/usr\/bin\/)?(sh|bash)$/.test(program) && flag === "-c") {
          const reduced = reduceExecuteCommand(text, "Script", settings);
          if (reduced === void 0 || program.endsWith("sh") && !program.endsWith("bash"))
            return reduced;
          return `${program} -c '${reduced.replace(/'/g, `'\\''`)}'`;
        }
        return settings.at.child("execute_command").problem(`${show(raw)}: give it as Packer's default does, ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"] (a shell and -c, then the command text)`);
      }
      function mapShellLocal(settings, buildName) {
        const onlyOn = settings.list("only_on");
        if (onlyOn.length > 0 && !onlyOn.includes("linux")) {
          settings.at.child("only_on").warning(`${show(onlyOn)}: skipped, the runner is linux`);
          settings.rejectUnknown([...shellLocalKeys, ...commonKeys]);
          return void 0;
        }
        const hasSource2 = checkOneSource(settings, ["command", "inline", "script", "scripts"]);
        let scripts;
        if (settings.has("command"))
          scripts = [inlineScript(settings, [settings.text("command") ?? ""])];
        else if (settings.has("inline"))
          scripts = [inlineScript(settings, settings.list("inline"))];
        else
          scripts = scriptFiles(settings);
        const environment = environmentOf(settings, buildName);
        const executeCommand = shellLocalCommand(settings);
        const codes = validExitCodes(settings);
        settings.ignore({
          use_linux_pathing: "ignored: the runner is linux",
          ...environmentFormatIgnored,
          tempfile_extension: "ignored: inline commands run by their shebang"
        });
        settings.rejectUnknown([...shellLocalKeys, ...commonKeys]);
        if (!hasSource2 || executeCommand === void 0)
          return void 0;
        return {
          type: "shell-local",
          at: settings.provisioner.at,
          scripts,
          environment,
          executeCommand,
          validExitCodes: codes
        };
      }
      ;
      const inlineProvisioningInputs = [
        "provision",
        "provision_scripts",
        "provision_files",
        "provision_host_commands"
      ];
      const unsupportedProvisioners = {
        breakpoint: "remove it: a build in a workflow cannot pause for a person",
        powershell: "PowerShell provisioning needs Windows; this builder builds Linux images",
        "windows-shell": "this builder builds Linux images",
        "windows-restart": "this builder builds Linux images",
        "ansible-local": "use the ansible provisioner (it runs on the runner through the chroot)",
        puppet: "install and run puppet apply from a shell provisioner",
        "puppet-masterless": "install and run puppet apply from a shell provisioner",
        "puppet-server": "run the agent from a shell provisioner",
        "chef-solo": "install and run chef-solo from a shell provisioner",
        "chef-client": "run chef-client from a shell provisioner",
        salt: "run salt-call --local from a shell provisioner",
        "salt-masterless": "run salt-call --local from a shell provisioner",
        converge: "run converge from a shell provisioner",
        inspec: "run InSpec in a later job against a VM started from the OMI",
        "hcp-sbom": "generate the SBOM from a shell provisioner and download it with a file provisioner"
      };
      const postProcessorAdvice = {
        manifest: "remove it: the action's `manifest` output is the path of a manifest file it writes",
        checksum: "compute checksums in a later workflow step",
        compress: "there is no artifact file to compress: the OMI lives in Outscale",
        "shell-local": "run the command in a later workflow step, with the omi_id output",
        artifice: "upload files from the workspace in a later workflow step (file provisioners with direction download put them there)"
      };
      function templateProvisioners(template, values, context) {
        const { findings } = context;
        const choice = values.template_provisioners;
        if (template === void 0 || template.provisioners.length === 0) {
          if (choice !== void 0) {
            findings.warnings.push(`template_provisioners: ${show(choice)} has no effect: config_file is not a Packer template with provisioners`);
          }
          reportPostProcessors(template, findings);
          return [];
        }
        reportPostProcessors(template, findings);
        const inline = inlineProvisioningInputs.filter((name) => {
          const value = values[name];
          return Array.isArray(value) ? value.length > 0 : Boolean(value);
        });
        if (choice === "ignore") {
          findings.warnings.push(`template_provisioners: ignore: the template's ${template.provisioners.length} provisioner(s) are not run`);
          return [];
        }
        if (inline.length > 0 && choice === void 0) {
          findings.problems.push(`template_provisioners: the template (config_file) has provisioners and ${inline.join(", ")} is set too; say which runs: template_provisioners: run (the template's provisioners, then ${inline.join(", ")}) or template_provisioners: ignore (only ${inline.join(", ")})`);
        }
        return template.provisioners.map((provisioner) => mapProvisioner(provisioner, context)).filter((mapped) => mapped !== void 0);
      }
      function reportPostProcessors(template, findings) {
        for (const post of template?.postProcessors ?? []) {
          const advice = postProcessorAdvice[post.type] ?? "the action builds the OMI and stops; do what follows in later workflow steps with its outputs (omi_id, manifest)";
          findings.problems.push(`${post.type} post-processor (${post.at}): post-processors are not run by this action; ${advice}`);
        }
      }
      function mapProvisioner(provisioner, context) {
        const settings = new ProvisionerSettings(provisioner, context.findings, context.workspace);
        settings.ignore(ignoredCommonKeys);
        switch (provisioner.type) {
          case "shell":
            return mapShell(settings, context.buildName);
          case "shell-local":
            return mapShellLocal(settings, context.buildName);
          case "file":
            return mapFile(settings);
          case "ansible":
            return mapAnsible(settings, context);
        }
        const advice = unsupportedProvisioners[provisioner.type] || "this action runs shell, file, shell-local and ansible provisioners; do the same with a shell provisioner";
        return settings.at.problem(`provisioner type ${show(provisioner.type)} is not supported: ${advice}`);
      }
      ;
      const builderTypes = ["osc-chroot", "outscale-chroot"];
      const amazonSpellings = {
        ami_name: "omi_name",
        ami_description: "omi_description",
        ami_virtualization_type: "omi_virtualization_type",
        ami_block_device_mappings: "omi_block_device_mappings",
        ami_users: "omi_account_ids",
        ami_product_codes: "product_codes",
        source_ami: "source_omi",
        source_ami_filter: "source_omi_filter"
      };
      const ignoredPackerOptions = [
        "token",
        "mfa_code",
        "skip_metadata_api_check",
        "omi_regions",
        "omi_groups",
        "omi_product_codes"
      ];
      function toBuilderOptions(options2, keyAt) {
        const builderOptions = {};
        for (const [key, value] of Object.entries(options2)) {
          if (ignoredPackerOptions.includes(key)) {
            keyAt(key).warning(`ignored (Packer's builder ignores it too)`);
            continue;
          }
          const renamed = amazonSpellings[key];
          if (renamed !== void 0)
            keyAt(key).warning(`an Amazon spelling; use ${renamed}`);
          const optionAt = keyAt(renamed ?? key);
          builderOptions[renamed ?? key] = key.endsWith("block_device_mappings") ? renameDeleteOnTermination(value, optionAt) : value;
        }
        return builderOptions;
      }
      function renameDeleteOnTermination(mappings, at) {
        if (!Array.isArray(mappings))
          return mappings;
        return mappings.map((mapping, index) => {
          if (!isMap(mapping) || !("delete_on_termination" in mapping))
            return mapping;
          at.child(index).warning(`delete_on_termination ${show(mapping.delete_on_termination)} is an Amazon spelling; use delete_on_vm_deletion`);
          const { delete_on_termination: deleteOnTermination, ...rest } = mapping;
          return { ...rest, delete_on_vm_deletion: deleteOnTermination };
        });
      }
      ;
      class ExpressionError extends Error {
        constructor(message) {
          super(message);
          this.name = "ExpressionError";
        }
      }
      ;
      function strings(name, signature, args, count) {
        if (args.length !== count) {
          throw new ExpressionError(`${name}${signature} takes ${count} arguments, got ${args.length}`);
        }
        return args.map((arg, index) => {
          if (typeof arg === "string")
            return arg;
          if (typeof arg === "number" || typeof arg === "boolean")
            return String(arg);
          throw new ExpressionError(`${name}${signature}: argument ${index + 1} must be a string, got ${JSON.stringify(arg)}`);
        });
      }
      const hclFunctions = {
        timestamp: (args) => {
          strings("timestamp", "()", args, 0);
          return buildStartTime().toISOString().replace(/\.\d{3}Z$/, "Z");
        },
        formatdate: (args) => {
          const [spec, time] = strings("formatdate", "(format, timestamp)", args, 2);
          return formatDate(spec, time);
        },
        regex_replace: (args) => {
          const [text, pattern, replacement] = strings("regex_replace", "(string, pattern, replacement)", args, 3);
          return replaceWithGoRegex(text, pattern, replacement);
        },
        replace: (args) => {
          const [text, search, replacement] = strings("replace", "(string, substring, replacement)", args, 3);
          if (search.length > 1 && search.startsWith("/") && search.endsWith("/")) {
            return replaceWithGoRegex(text, search.slice(1, -1), replacement);
          }
          return text.split(search).join(replacement);
        },
        lower: (args) => strings("lower", "(string)", args, 1)[0].toLowerCase(),
        upper: (args) => strings("upper", "(string)", args, 1)[0].toUpperCase(),
        env: (args, context) => {
          const [name] = strings("env", "(name)", args, 1);
          if (!context.envAllowed) {
            throw new ExpressionError(`env() can only be used in a variable's default (as in Packer); declare a variable with default = env("${name}") and use var.<name>`);
          }
          return context.env[name] ?? "";
        }
      };
      const hclFunctionNames = Object.keys(hclFunctions);
      function goRegex(pattern) {
        let flags = "g";
        let source = pattern.replace(/\(\?P</g, "(?<");
        const inline = /^\(\?([ims]+)\)/.exec(source);
        if (inline) {
          flags += inline[1];
          source = source.slice(inline[0].length);
        }
        try {
          return new RegExp(source, flags);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new ExpressionError(`the regular expression ${JSON.stringify(pattern)} is invalid: ${reason}`);
        }
      }
      function replaceWithGoRegex(text, pattern, replacement) {
        return text.replace(goRegex(pattern), (...match) => {
          const last = match[match.length - 1];
          const named = typeof last === "object" && last !== null ? last : {};
          const numbered = match.slice(0, typeof last === "object" ? -3 : -2);
          const group = (name) => /^\d+$/.test(name) ? numbered[Number(name)] ?? "" : named[name] ?? "";
          return replacement.replace(/\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (token, braced, bare) => token === "$$" ? "$" : group(braced ?? bare ?? ""));
        });
      }
      const monthNames = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
      ];
      const dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
      const hcl_functions_pad = (n, width = 2) => String(n).padStart(width, "0");
      function dateTokens(d, offsetMinutes) {
        const sign = offsetMinutes < 0 ? "-" : "+";
        const offset = Math.abs(offsetMinutes);
        const hours12 = d.getUTCHours() % 12 || 12;
        return {
          YYYY: hcl_functions_pad(d.getUTCFullYear(), 4),
          YY: hcl_functions_pad(d.getUTCFullYear() % 100),
          MMMM: monthNames[d.getUTCMonth()],
          MMM: monthNames[d.getUTCMonth()].slice(0, 3),
          MM: hcl_functions_pad(d.getUTCMonth() + 1),
          M: String(d.getUTCMonth() + 1),
          DD: hcl_functions_pad(d.getUTCDate()),
          D: String(d.getUTCDate()),
          EEEE: dayNames[d.getUTCDay()],
          EEE: dayNames[d.getUTCDay()].slice(0, 3),
          hh: hcl_functions_pad(d.getUTCHours()),
          h: String(d.getUTCHours()),
          HH: hcl_functions_pad(hours12),
          H: String(hours12),
          AA: d.getUTCHours() < 12 ? "AM" : "PM",
          aa: d.getUTCHours() < 12 ? "am" : "pm",
          mm: hcl_functions_pad(d.getUTCMinutes()),
          m: String(d.getUTCMinutes()),
          ss: hcl_functions_pad(d.getUTCSeconds()),
          s: String(d.getUTCSeconds()),
          ZZZZZ: `${sign}${hcl_functions_pad(Math.floor(offset / 60))}:${hcl_functions_pad(offset % 60)}`,
          ZZZZ: `${sign}${hcl_functions_pad(Math.floor(offset / 60))}${hcl_functions_pad(offset % 60)}`,
          ZZZ: offset === 0 ? "UTC" : `${sign}${hcl_functions_pad(Math.floor(offset / 60))}${hcl_functions_pad(offset % 60)}`,
          Z: offset === 0 ? "Z" : `${sign}${hcl_functions_pad(Math.floor(offset / 60))}:${hcl_functions_pad(offset % 60)}`
        };
      }
      function formatDate(spec, timestamp) {
        const parsed = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(timestamp);
        if (!parsed) {
          throw new ExpressionError(`formatdate: ${JSON.stringify(timestamp)} is not an RFC 3339 timestamp such as timestamp() gives`);
        }
        const zone = parsed[8].toUpperCase();
        const offsetMinutes = zone === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
        const local = new Date(Date.parse(timestamp) + offsetMinutes * 6e4);
        const tokens = dateTokens(local, offsetMinutes);
        let out = "";
        let i = 0;
        while (i < spec.length) {
          const c = spec[i];
          if (c === "'") {
            const end = spec.indexOf("'", i + 1);
            if (end < 0)
              throw new ExpressionError(`formatdate: unterminated quote in ${JSON.stringify(spec)}`);
            out += end === i + 1 ? "'" : spec.slice(i + 1, end);
            i = end + 1;
          } else if (/[A-Za-z]/.test(c)) {
            let run2 = c;
            while (spec[i + run2.length] === c)
              run2 += c;
            const value = tokens[run2];
            if (value === void 0) {
              throw new ExpressionError(`formatdate: "${run2}" in ${JSON.stringify(spec)} is not a date format token (YYYY, YY, MMMM, MMM, MM, M, DD, D, EEEE, EEE, hh, h, HH, H, AA, aa, mm, m, ss, s, ZZZZZ, ZZZZ, ZZZ, Z; quote literal letters: 'T')`);
            }
            out += value;
            i += run2.length;
          } else {
            out += c;
            i++;
          }
        }
        return out;
      }
      ;
      function loadGoRuntime() {
        if (true)
          __webpack_require__(3045);
        else {
        }
      }
      const wasmFile = __webpack_require__.ab + "main.wasm.gz";
      let bridge;
      function loadBridge() {
        if (bridge !== void 0)
          return bridge;
        loadGoRuntime();
        const { gunzipSync } = process.getBuiltinModule("node:zlib");
        const wasm = gunzipSync((0, external_node_fs_.readFileSync)(wasmFile));
        const functions = {};
        const global = globalThis;
        global.__parse_terraform_config_wasm__ = functions;
        const Go = global.Go;
        const { Module, Instance } = global.WebAssembly;
        const go = new Go();
        void go.run(new Instance(new Module(wasm), go.importObject));
        bridge = functions;
        return bridge;
      }
      function hclParserLoaded() {
        return bridge !== void 0;
      }
      function callBridge(name, file, text) {
        let answer;
        loadBridge()[name](file, text, (error, result) => {
          answer = error ? { error } : { result: result ?? "null" };
        });
        if (answer === void 0)
          throw new Error(`the HCL parser did not answer ${name}`);
        if ("error" in answer)
          throw new HclSyntaxError(String(answer.error));
        return answer.result;
      }
      class HclSyntaxError extends Error {
        constructor(message) {
          super(message.replace(/^parse config: \[(.*)\]$/s, "$1"));
          this.name = "HclSyntaxError";
        }
      }
      function parseHclFile(file, text) {
        return JSON.parse(callBridge("parse", file, text));
      }
      function expressionSyntaxTree(text) {
        return JSON.parse(callBridge("getExpressionAst", "expression", text));
      }
      ;
      function evaluateValue(value, scope) {
        if (typeof value === "string")
          return evaluateString(value, scope);
        if (Array.isArray(value))
          return value.map((item) => evaluateValue(item, scope));
        if (isMap(value)) {
          return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, evaluateValue(item, scope)]));
        }
        return value;
      }
      const heredocEnd = "OSC_CHROOT_HCL_VALUE_END";
      function evaluateString(text, scope) {
        if (!/[$%]\{/.test(text))
          return text;
        const source = `<<${heredocEnd}
${text}
${heredocEnd}
`;
        let tree;
        try {
          tree = expressionSyntaxTree(source);
        } catch (error) {
          if (error instanceof HclSyntaxError)
            throw new ExpressionError(error.message);
          throw error;
        }
        if (tree === null)
          return text;
        const evaluator = new Evaluator(Buffer.from(source), scope);
        const parts = [...tree.children];
        const last = parts.at(-1);
        if (last?.type === "literalValue" && last.meta?.value?.endsWith("\n")) {
          const rest = last.meta.value.slice(0, -1);
          if (rest === "")
            parts.pop();
          else
            parts[parts.length - 1] = { ...last, meta: { ...last.meta, value: rest } };
        }
        if (parts.length === 1 && parts[0].type !== "literalValue")
          return evaluator.node(parts[0]);
        return parts.map((part) => evaluator.templatePart(part, false)).join("");
      }
      function unescapeQuoted(raw) {
        return raw.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_match, escape) => {
          if (escape.length > 1)
            return String.fromCodePoint(parseInt(escape.slice(1), 16));
          return { n: "\n", r: "\r", t: "	" }[escape] ?? escape;
        });
      }
      function unescapeTemplate(raw) {
        return raw.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
      }
      const unsupported = {
        conditional: "conditional expressions (a ? b : c) and %{ if } directives",
        for: "for expressions ([for x in list : ...]) and %{ for } directives",
        binaryOp: "operators (+ - * / % == != < > && ||)",
        unaryOp: "operators (! and -)",
        splat: "splat expressions (list[*].attribute, list.*.attribute)",
        relativeTraversal: "attribute access on the result of an expression"
      };
      class Evaluator {
        source;
        scope;
        constructor(source, scope) {
          this.source = source;
          this.scope = scope;
        }
        /** The source text of a node, for messages. */
        text(node) {
          if (node.meta?.value !== void 0)
            return node.meta.value;
          if (node.range)
            return this.source.subarray(node.range.start.byte, node.range.end.byte).toString();
          return node.type;
        }
        /** One part of a template, as text. */
        templatePart(node, quoted) {
          if (node.type === "literalValue" && node.meta?.type === "string") {
            const raw = node.meta.value ?? "";
            return unescapeTemplate(quoted ? unescapeQuoted(raw) : raw);
          }
          const value = this.node(node);
          if (typeof value === "string")
            return value;
          if (typeof value === "number" || typeof value === "boolean")
            return String(value);
          const shape = Array.isArray(value) ? "a list" : value === null ? "null" : "a map";
          throw new ExpressionError(`"\${${this.text(node)}}" is ${shape}, which cannot be part of a string; use it as the whole value`);
        }
        node(node) {
          switch (node.type) {
            case "template": {
              const quoted = (node.meta?.value ?? "").startsWith('"');
              return node.children.map((part) => this.templatePart(part, quoted)).join("");
            }
            case "templateWrap":
              return this.node(node.children[0]);
            case "literalValue":
              return this.literal(node);
            case "scopeTraversal":
              return this.traversal(node);
            case "index":
              return this.index(this.node(node.children[0]), this.node(node.children[1]), node);
            case "function":
              return this.call(node);
            case "tuple":
              return node.children.map((item) => this.node(item));
            case "object":
              return this.object(node);
            case "unaryOp":
              if (node.meta?.operator === "negate") {
                const operand = this.node(node.children[0]);
                if (typeof operand === "number")
                  return -operand;
              }
              break;
            case "":
              if (node.children.length === 1)
                return this.node(node.children[0]);
              break;
          }
          const what = unsupported[node.type] ?? `this expression (${node.type || "unknown"})`;
          throw new ExpressionError(`"${this.text(node)}": ${what} are not supported`);
        }
        literal(node) {
          const raw = node.meta?.value ?? "";
          switch (node.meta?.type) {
            case "number":
              return Number(raw);
            case "bool":
              return raw === "true";
            case "null":
              return null;
            default:
              return unescapeTemplate(raw);
          }
        }
        traversal(node) {
          const parts = node.meta?.traversal ?? [];
          const [root, first, ...rest] = parts;
          const accessor = node.meta?.fullAccessor ?? this.text(node);
          const { variables, local, path, source } = this.scope;
          let value;
          switch (root?.segment) {
            case "var":
              if (variables === void 0) {
                throw new ExpressionError(`"${accessor}": a variable's default cannot use other variables (as in Packer)`);
              }
              if (first === void 0 || !(first.segment in variables)) {
                const known = Object.keys(variables).join(", ") || "none";
                throw new ExpressionError(`"${accessor}": the template has no variable "${first?.segment ?? ""}" (variables: ${known})`);
              }
              value = variables[first.segment];
              break;
            case "local":
              if (local === void 0) {
                throw new ExpressionError(`"${accessor}": locals cannot be used in a variable's default`);
              }
              value = local(first?.segment ?? "");
              break;
            case "path":
              if (first?.segment !== "root" && first?.segment !== "cwd") {
                throw new ExpressionError(`"${accessor}": only path.root and path.cwd exist`);
              }
              value = path[first.segment];
              break;
            case "source":
              if (source === void 0 || first?.segment !== "name" && first?.segment !== "type") {
                throw new ExpressionError(`"${accessor}": only source.name and source.type exist, inside a build block`);
              }
              value = source[first.segment];
              break;
            default:
              throw new ExpressionError(`"${accessor}": ${root?.segment ?? accessor}.* is not supported (this action reads var.*, local.*, path.root, path.cwd, source.name and source.type; data sources, build.* and packer.* do not exist here)`);
          }
          for (const part of rest) {
            const key = part.type === "indexTraversal" ? JSON.parse(part.segment) : part.segment;
            value = this.index(value, key, node);
          }
          return value;
        }
        index(collection, key, node) {
          if (Array.isArray(collection) && typeof key === "number" && key in collection) {
            return collection[key];
          }
          if (isMap(collection) && (typeof key === "string" || typeof key === "number")) {
            if (String(key) in collection)
              return collection[String(key)];
          }
          throw new ExpressionError(`"${this.text(node)}": there is no element ${JSON.stringify(key)}`);
        }
        call(node) {
          const name = node.meta?.name ?? "";
          const fn = hclFunctions[name];
          if (fn === void 0) {
            throw new ExpressionError(`"${this.text(node)}": the function ${name}() is not supported; functions: ${hclFunctionNames.map((known) => `${known}()`).join(", ")}`);
          }
          if (node.meta?.expandedFinalArgument) {
            throw new ExpressionError(`"${this.text(node)}": expanding arguments with ... is not supported`);
          }
          return fn(node.children.map((arg) => this.node(arg)), this.scope.functions);
        }
        /** Children alternate key, value; a bare key has no child, only its place in the source. */
        object(node) {
          const result = {};
          for (let i = 0; i + 1 < node.children.length; i += 2) {
            const keyNode = node.children[i];
            const key = keyNode.children.length > 0 ? this.node(keyNode.children[0]) : this.text(keyNode);
            result[String(key)] = this.node(node.children[i + 1]);
          }
          return result;
        }
      }
      ;
      function locateBlocks(text) {
        const root = { type: "", labels: [], line: 1, children: [], attributes: /* @__PURE__ */ new Map() };
        try {
          new Scanner(text).body(root);
        } catch {
        }
        return root;
      }
      function childBlocks(block, type, label) {
        return (block?.children ?? []).filter((child) => child.type === type && (label === void 0 || child.labels[0] === label));
      }
      const identifier = /[A-Za-z_][A-Za-z0-9_-]*/y;
      class Scanner {
        text;
        i = 0;
        lineStarts = [0];
        constructor(text) {
          this.text = text;
          for (let i = 0; i < text.length; i++)
            if (text[i] === "\n")
              this.lineStarts.push(i + 1);
        }
        lineAt(offset) {
          let low = 0;
          let high = this.lineStarts.length - 1;
          while (low < high) {
            const mid = Math.ceil((low + high) / 2);
            if (this.lineStarts[mid] <= offset)
              low = mid;
            else
              high = mid - 1;
          }
          return low + 1;
        }
        /** Reads attributes and blocks until the closing brace (consumed) or the end of the text. */
        body(block) {
          for (; ; ) {
            this.skipSpace(true);
            if (this.i >= this.text.length)
              return;
            if (this.text[this.i] === "}") {
              this.i++;
              return;
            }
            const start = this.i;
            const name = this.word();
            if (name === void 0)
              throw new Error(`unexpected ${this.text[this.i]}`);
            this.skipSpace(false);
            if (this.text[this.i] === "=" && this.text[this.i + 1] !== "=") {
              this.i++;
              block.attributes.set(name, this.lineAt(start));
              this.expression();
              continue;
            }
            const child = {
              type: name,
              labels: [],
              line: this.lineAt(start),
              children: [],
              attributes: /* @__PURE__ */ new Map()
            };
            for (; ; ) {
              this.skipSpace(false);
              const c = this.text[this.i];
              if (c === "{") {
                this.i++;
                break;
              }
              if (c === '"') {
                const from = this.i;
                this.quoted();
                child.labels.push(JSON.parse(this.text.slice(from, this.i)));
              } else {
                const label = this.word();
                if (label === void 0)
                  throw new Error(`unexpected ${c}`);
                child.labels.push(label);
              }
            }
            this.body(child);
            block.children.push(child);
          }
        }
        word() {
          identifier.lastIndex = this.i;
          const match = identifier.exec(this.text);
          if (match === null)
            return void 0;
          this.i += match[0].length;
          return match[0];
        }
        /** Skips blanks and comments; newlines too when `newlines`. */
        skipSpace(newlines) {
          while (this.i < this.text.length) {
            const c = this.text[this.i];
            const next = this.text[this.i + 1];
            if (c === " " || c === "	" || c === "\r" || newlines && c === "\n")
              this.i++;
            else if (c === "#" || c === "/" && next === "/")
              this.skipToLineEnd();
            else if (c === "/" && next === "*") {
              const end = this.text.indexOf("*/", this.i + 2);
              this.i = end < 0 ? this.text.length : end + 2;
            } else
              return;
          }
        }
        skipToLineEnd() {
          const end = this.text.indexOf("\n", this.i);
          this.i = end < 0 ? this.text.length : end;
        }
        /** An attribute's value: up to the end of its line outside brackets, or the block's `}`. */
        expression() {
          let depth = 0;
          while (this.i < this.text.length) {
            const c = this.text[this.i];
            if (c === '"')
              this.quoted();
            else if (c === "<" && this.text[this.i + 1] === "<")
              this.heredoc();
            else if (c === "#" || c === "/" && (this.text[this.i + 1] === "/" || this.text[this.i + 1] === "*")) {
              this.skipSpace(false);
            } else if (c === "(" || c === "[" || c === "{") {
              depth++;
              this.i++;
            } else if (c === ")" || c === "]" || c === "}") {
              if (depth === 0)
                return;
              depth--;
              this.i++;
            } else if (c === "\n" && depth === 0)
              return;
            else
              this.i++;
          }
        }
        /** A quoted string, with its `${...}` and `%{...}` sequences (which may hold strings). */
        quoted() {
          this.i++;
          while (this.i < this.text.length) {
            const c = this.text[this.i];
            if (c === "\\")
              this.i += 2;
            else if (c === '"') {
              this.i++;
              return;
            } else if ((c === "$" || c === "%") && this.text[this.i + 1] === "{") {
              this.i += 2;
              this.interpolation();
            } else
              this.i++;
          }
        }
        interpolation() {
          let depth = 0;
          while (this.i < this.text.length) {
            const c = this.text[this.i];
            if (c === '"')
              this.quoted();
            else if (c === "{") {
              depth++;
              this.i++;
            } else if (c === "}") {
              this.i++;
              if (depth-- === 0)
                return;
            } else
              this.i++;
          }
        }
        /** <<MARKER or <<-MARKER, up to the line that holds only the marker. */
        heredoc() {
          const header = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;
          header.lastIndex = this.i;
          const match = header.exec(this.text);
          if (match === null) {
            this.i += 2;
            return;
          }
          this.i += match[0].length;
          while (this.i < this.text.length) {
            const end = this.text.indexOf("\n", this.i);
            const lineEnd = end < 0 ? this.text.length : end;
            const line = this.text.slice(this.i, lineEnd).trim();
            if (line === match[1]) {
              this.i = lineEnd;
              return;
            }
            this.i = lineEnd + 1;
          }
        }
      }
      ;
      function orderedBlocks(parent, kind) {
        const byType = isMap(parent.body[kind]) ? parent.body[kind] : {};
        const remaining = new Map(Object.entries(byType).map(([type, bodies]) => [type, Array.isArray(bodies) ? [...bodies] : []]));
        const ordered = [];
        for (const block of childBlocks(parent.block, kind)) {
          const body = remaining.get(block.labels[0])?.shift();
          if (isMap(body))
            ordered.push({ type: block.labels[0], block, body });
        }
        for (const [type, bodies] of remaining) {
          for (const body of bodies)
            if (isMap(body))
              ordered.push({ type, body });
        }
        return ordered;
      }
      function appliesTo(only, except, identity) {
        const names = [`${identity.type}.${identity.name}`, `source.${identity.type}.${identity.name}`];
        const listed = (list) => Array.isArray(list) && list.some((name) => names.includes(String(name)));
        if (only !== void 0 && !listed(only))
          return false;
        return !listed(except);
      }
      function overrideFor(override, identity) {
        if (!isMap(override))
          return {};
        const entry = override[`${identity.type}.${identity.name}`] ?? override[identity.name];
        return isMap(entry) ? entry : {};
      }
      function unwrapSingleBlocks(options2) {
        const singleBlocks = ["source_omi_filter", "timeouts"];
        return Object.fromEntries(Object.entries(options2).map(([key, value]) => [
          key,
          singleBlocks.includes(key) && Array.isArray(value) && value.length === 1 ? value[0] : value
        ]));
      }
      ;
      function resolveVariables(declarations, files, inputs, env, defaultScope, report) {
        const values = {};
        const byName = new Map(declarations.map((declaration) => [declaration.name, declaration]));
        for (const file of files) {
          if (!byName.has(file.name)) {
            report.warning(file.at, `"${file.name}" is not a variable of the template; ignored`);
          }
        }
        for (const name of Object.keys(inputs)) {
          if (!byName.has(name)) {
            const known = [...byName.keys()].join(", ") || "none";
            report.variablesProblem(`"${name}" is not a variable of the template (variables: ${known})`);
          }
        }
        for (const declaration of declarations) {
          const { name, at, body } = declaration;
          const type = typeName(body.type);
          const fromFile = files.filter((file) => file.name === name).at(-1);
          let value;
          let origin;
          try {
            if (name in inputs) {
              origin = "template_variables";
              value = convert(inputs[name], type, defaultScope);
            } else if (fromFile !== void 0) {
              origin = fromFile.at;
              value = convert(evaluateValue(fromFile.value, defaultScope), type, defaultScope);
            } else if (env[`PKR_VAR_${name}`] !== void 0) {
              origin = `PKR_VAR_${name}`;
              value = convert(env[`PKR_VAR_${name}`], type, defaultScope);
            } else if ("default" in body) {
              origin = "its default";
              value = convert(evaluateValue(body.default, defaultScope), type, defaultScope);
            } else {
              report.problem(at, `variable "${name}" has no default and no value; set it with the template_variables input (${name}: ...) or the PKR_VAR_${name} environment variable`);
              continue;
            }
          } catch (error) {
            if (!(error instanceof ExpressionError))
              throw error;
            report.problem(at, `variable "${name}": ${error.message}`);
            continue;
          }
          if (body.sensitive === true)
            maskAll(value);
          log.debug(`variable ${name}: from ${origin}`);
          values[name] = value;
        }
        return values;
      }
      function maskAll(value) {
        if (typeof value === "string" && value !== "")
          log.secret(value);
        else if (typeof value === "number")
          log.secret(String(value));
        else if (Array.isArray(value))
          value.forEach(maskAll);
        else if (isMap(value))
          Object.values(value).forEach(maskAll);
      }
      function typeName(type) {
        if (typeof type !== "string")
          return "any";
        return /^\$\{\s*([a-z]+)/.exec(type)?.[1] ?? "any";
      }
      function convert(value, type, scope) {
        const shown = JSON.stringify(value);
        switch (type) {
          case "string":
            if (typeof value === "string")
              return value;
            if (typeof value === "number" || typeof value === "boolean")
              return String(value);
            throw new ExpressionError(`${shown} is not a string`);
          case "number": {
            const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
            if (typeof number === "number" && Number.isFinite(number))
              return number;
            throw new ExpressionError(`${shown} is not a number`);
          }
          case "bool":
            if (typeof value === "boolean")
              return value;
            if (value === "true" || value === "false")
              return value === "true";
            throw new ExpressionError(`${shown} is not a bool (true or false)`);
          case "list":
          case "set":
          case "tuple": {
            const list = typeof value === "string" ? asHcl(value, scope) : value;
            if (Array.isArray(list))
              return list;
            throw new ExpressionError(`${shown} is not a list (write it as HCL or JSON: ["a", "b"])`);
          }
          case "map":
          case "object": {
            const map = typeof value === "string" ? asHcl(value, scope) : value;
            if (isMap(map))
              return map;
            throw new ExpressionError(`${shown} is not a map (write it as HCL or JSON: { a = "b" })`);
          }
          default:
            return value;
        }
      }
      function asHcl(text, scope) {
        return evaluateString(`\${${text}}`, scope);
      }
      ;
      const locatedLocal = /^\S+:\d+: local "/;
      function evaluateLocals(definitions, scope, problem) {
        const byName = new Map(definitions.map((definition) => [definition.name, definition]));
        const values = /* @__PURE__ */ new Map();
        const evaluating = /* @__PURE__ */ new Set();
        const local = (name) => {
          if (values.has(name))
            return values.get(name);
          const definition = byName.get(name);
          if (definition === void 0) {
            const known = [...byName.keys()].join(", ") || "none";
            throw new ExpressionError(`"local.${name}": the template has no local "${name}" (locals: ${known})`);
          }
          if (evaluating.has(name))
            throw new ExpressionError(`"local.${name}" refers to itself`);
          evaluating.add(name);
          try {
            const value = evaluateValue(definition.expression, { ...scope, local });
            if (definition.sensitive)
              maskAll(value);
            values.set(name, value);
            return value;
          } catch (error) {
            if (!(error instanceof ExpressionError) || locatedLocal.test(error.message))
              throw error;
            throw new ExpressionError(`${definition.at}: local "${name}": ${error.message}`);
          } finally {
            evaluating.delete(name);
          }
        };
        const reported = /* @__PURE__ */ new Set();
        for (const { name } of definitions) {
          try {
            local(name);
          } catch (error) {
            if (!(error instanceof ExpressionError))
              throw error;
            if (!reported.has(error.message))
              problem(error.message);
            reported.add(error.message);
          }
        }
        return local;
      }
      ;
      const topLevelBlocks = ["variable", "locals", "local", "source", "build", "packer"];
      const buildKeys = [
        "name",
        "description",
        "sources",
        "source",
        "provisioner",
        "post-processor",
        "post-processors"
      ];
      const unsupportedBlocks = {
        data: "data sources",
        dynamic: "dynamic blocks",
        hcp_packer_registry: "hcp_packer_registry (HCP Packer) blocks",
        "error-cleanup-provisioner": "error-cleanup-provisioner blocks"
      };
      function readHclTemplate(path, workspace, reading) {
        return new HclTemplateReader(path, workspace, reading).read();
      }
      class HclTemplateReader {
        path;
        workspace;
        reading;
        report;
        files = [];
        variableFiles = [];
        problems = 0;
        constructor(path, workspace, reading) {
          this.path = path;
          this.workspace = workspace;
          this.reading = reading;
          this.report = {
            problem: (at, message) => {
              this.problems++;
              reading.at.problem(`${at}: ${message}`);
            },
            warning: (at, message) => reading.at.warning(`${at}: ${message}`),
            variablesProblem: (message) => {
              this.problems++;
              reading.variablesAt.problem(message);
            }
          };
        }
        read() {
          if (!this.load())
            return void 0;
          this.checkTopLevel();
          const root = this.isDirectory() ? this.path : (0, external_node_path_.dirname)(this.path);
          const baseScope = {
            path: { root, cwd: this.workspace },
            functions: { env: this.reading.env, envAllowed: true }
          };
          const variables = resolveVariables(this.declarations("variable"), this.variableFileValues(), this.reading.inputs.variables, this.reading.env, baseScope, this.report);
          const scope = {
            ...baseScope,
            variables,
            local: this.locals(variables, baseScope),
            functions: { ...baseScope.functions, envAllowed: false }
          };
          const chosen = this.chooseSource();
          if (chosen === void 0 || this.problems > 0)
            return void 0;
          const build = this.buildUsing(chosen);
          if (build === void 0)
            return void 0;
          const sourceName = typeof build.override.name === "string" ? build.override.name : chosen.name;
          const identity = { type: chosen.type, name: sourceName };
          const { name: _name, ...overrides } = build.override;
          const options2 = this.evaluateBody({ ...chosen.item.body, ...overrides }, chosen.item, scope);
          const buildScope = { ...scope, source: identity };
          const template = {
            builderOptions: toBuilderOptions(unwrapSingleBlocks(options2), this.reading.keyAt),
            builder: identity,
            provisioners: this.provisioners(build, identity, buildScope),
            postProcessors: this.postProcessors(build, identity)
          };
          return this.problems > 0 ? void 0 : template;
        }
        isDirectory() {
          return !this.path.endsWith(".hcl");
        }
        /** Reads and parses the file, or the directory's template and variable files. */
        load() {
          const at = this.reading.at;
          let names;
          if (this.isDirectory()) {
            try {
              names = (0, external_node_fs_.readdirSync)(this.path).sort();
            } catch (error) {
              at.problem(`cannot read the directory ${this.reading.file}: ${error.code ?? String(error)}`);
              return false;
            }
            const json = names.filter((name) => name.endsWith(".pkr.json"));
            if (json.length > 0) {
              at.problem(`${(0, external_node_path_.join)(this.reading.file, json[0])}: HCL2 templates in JSON syntax (.pkr.json) cannot be read; use the .pkr.hcl form`);
              return false;
            }
            names = names.filter((name) => name.endsWith(".pkr.hcl") || name.endsWith(".auto.pkrvars.hcl"));
            if (!names.some((name) => name.endsWith(".pkr.hcl"))) {
              at.problem(`the directory ${this.reading.file} holds no *.pkr.hcl file`);
              return false;
            }
          } else {
            names = [(0, external_node_path_.basename)(this.path)];
          }
          const directory = this.isDirectory() ? this.path : (0, external_node_path_.dirname)(this.path);
          const labelDirectory = this.isDirectory() ? this.reading.file : (0, external_node_path_.dirname)(this.reading.file);
          for (const name of names) {
            const label = labelDirectory === "." ? name : (0, external_node_path_.join)(labelDirectory, name);
            let text;
            try {
              text = (0, external_node_fs_.readFileSync)((0, external_node_path_.join)(directory, name), "utf8");
            } catch (error) {
              at.problem(`cannot read ${label} (in ${this.workspace}): ${error.code ?? String(error)}`);
              return false;
            }
            let json;
            try {
              json = parseHclFile(label, text);
            } catch (error) {
              if (!(error instanceof HclSyntaxError))
                throw error;
              at.problem(`not valid HCL: ${error.message}`);
              return false;
            }
            const file = { label, json, blocks: locateBlocks(text) };
            if (name.endsWith(".auto.pkrvars.hcl"))
              this.variableFiles.push(file);
            else
              this.files.push(file);
          }
          return true;
        }
        /** "file:line" of a block, or of one of its attributes or nested blocks. */
        where(file, block, attribute) {
          const nested = attribute ? childBlocks(block, attribute)[0]?.line : void 0;
          const line = attribute && block?.attributes.get(attribute) || nested || block?.line;
          return line === void 0 ? file.label : `${file.label}:${line}`;
        }
        checkTopLevel() {
          for (const file of this.files) {
            for (const key of Object.keys(file.json)) {
              if (topLevelBlocks.includes(key))
                continue;
              const block = childBlocks(file.blocks, key)[0];
              const what = unsupportedBlocks[key] ?? `"${key}" blocks`;
              this.report.problem(this.where(file, block), `${what} are not supported (this action reads variable, locals, local, source and build blocks)`);
            }
            for (const block of file.blocks.children) {
              if (block.type === "packer")
                continue;
              this.rejectNested(file, block);
            }
          }
        }
        /** dynamic blocks anywhere inside a block. */
        rejectNested(file, block) {
          for (const child of block.children) {
            if (child.type === "dynamic") {
              this.report.problem(this.where(file, child), `${unsupportedBlocks.dynamic} are not supported`);
            } else
              this.rejectNested(file, child);
          }
        }
        /** The blocks of a type with one label (variable "x", local "x"), with their place. */
        declarations(type) {
          const found = [];
          for (const file of this.files) {
            const byName = file.json[type];
            if (!isMap(byName))
              continue;
            const line = (name) => childBlocks(file.blocks, type, name)[0]?.line ?? 0;
            const names = Object.keys(byName).sort((a, b) => line(a) - line(b));
            for (const [name, bodies] of names.map((name2) => [name2, byName[name2]])) {
              const block = childBlocks(file.blocks, type, name)[0];
              const at = this.where(file, block);
              const previous = found.find((declaration) => declaration.name === name);
              if (previous !== void 0) {
                this.report.problem(at, `${type} "${name}" is declared twice (first at ${previous.at})`);
                continue;
              }
              const body = Array.isArray(bodies) && isMap(bodies[0]) ? bodies[0] : {};
              if (type === "variable" && "validation" in body) {
                this.report.warning(at, `variable "${name}": validation blocks are not checked by this action`);
              }
              found.push({ name, at, body });
            }
          }
          return found;
        }
        variableFileValues() {
          return this.variableFiles.flatMap((file) => Object.entries(file.json).map(([name, value]) => ({
            name,
            at: this.where(file, file.blocks, name),
            value
          })));
        }
        /** local.<name>: the locals of every file, checked for repeats, in file order. */
        locals(variables, baseScope) {
          const definitions = /* @__PURE__ */ new Map();
          for (const file of this.files) {
            const blocks = childBlocks(file.blocks, "locals");
            const bodies = Array.isArray(file.json.locals) ? file.json.locals : [];
            bodies.forEach((body, index) => {
              if (!isMap(body))
                return;
              for (const [name, expression] of Object.entries(body)) {
                const at = this.where(file, blocks[index], name);
                this.defineLocal(definitions, { name, at, expression, sensitive: false });
              }
            });
          }
          for (const { name, at, body } of this.declarations("local")) {
            const sensitive = body.sensitive === true;
            this.defineLocal(definitions, { name, at, expression: body.expression, sensitive });
          }
          const files = this.files.map((file) => file.label);
          const place = (at) => {
            const colon = at.lastIndexOf(":");
            return [files.indexOf(at.slice(0, colon)), Number(at.slice(colon + 1))];
          };
          const inFileOrder = [...definitions.values()].sort((a, b) => {
            const [fileA, lineA] = place(a.at);
            const [fileB, lineB] = place(b.at);
            return fileA - fileB || lineA - lineB;
          });
          const scope = {
            ...baseScope,
            variables,
            functions: { ...baseScope.functions, envAllowed: false }
          };
          return evaluateLocals(inFileOrder, scope, (message) => {
            this.problems++;
            this.reading.at.problem(message);
          });
        }
        defineLocal(definitions, definition) {
          const previous = definitions.get(definition.name);
          if (previous !== void 0) {
            this.report.problem(definition.at, `local "${definition.name}" is defined twice (first at ${previous.at})`);
          } else
            definitions.set(definition.name, definition);
        }
        /** The osc-chroot / outscale-chroot source blocks, and the one template_source names. */
        chooseSource() {
          const candidates2 = [];
          for (const file of this.files) {
            const byType = file.json.source;
            if (!isMap(byType))
              continue;
            for (const [type, byName] of Object.entries(byType)) {
              if (!builderTypes.includes(type) || !isMap(byName))
                continue;
              for (const [name, bodies] of Object.entries(byName)) {
                const body = Array.isArray(bodies) && isMap(bodies[0]) ? bodies[0] : {};
                const block = childBlocks(file.blocks, "source").find((candidate2) => candidate2.labels[0] === type && candidate2.labels[1] === name);
                candidates2.push({ type, name, item: { file, block, body } });
              }
            }
          }
          const where = `source blocks of type ${builderTypes.join(" or ")}`;
          return chooseCandidate(candidates2, this.reading.inputs.source, where, this.reading.at, this.reading.sourceAt);
        }
        /** The one build block that uses the chosen source, and its override block for it, if any. */
        buildUsing(chosen) {
          const reference = `source.${chosen.type}.${chosen.name}`;
          const matches = (ref) => typeof ref === "string" && [reference, `${chosen.type}.${chosen.name}`].includes(ref.replace(/^\$\{(.*)\}$/, "$1"));
          const builds = [];
          for (const file of this.files) {
            const bodies = Array.isArray(file.json.build) ? file.json.build : [];
            const blocks = childBlocks(file.blocks, "build");
            bodies.forEach((body, index) => {
              if (!isMap(body))
                return;
              const listed = Array.isArray(body.sources) && body.sources.some(matches);
              const nested = isMap(body.source) ? Object.entries(body.source).find(([ref]) => matches(ref)) : void 0;
              if (!listed && nested === void 0)
                return;
              const overrideBodies = nested?.[1];
              const override = Array.isArray(overrideBodies) && isMap(overrideBodies[0]) ? overrideBodies[0] : {};
              builds.push({ file, block: blocks[index], body, override });
            });
          }
          if (builds.length === 1) {
            this.checkBuild(builds[0]);
            this.warnOtherSources(builds[0]);
            return this.problems > 0 ? void 0 : builds[0];
          }
          const sourceAt = this.where(chosen.item.file, chosen.item.block);
          if (builds.length === 0) {
            this.report.problem(sourceAt, `no build block uses source "${chosen.type}.${chosen.name}"; add it to a build's sources = ["${reference}"], as Packer needs too`);
          } else {
            const places = builds.map((build) => this.where(build.file, build.block)).join(", ");
            this.report.problem(sourceAt, `several build blocks use source "${chosen.type}.${chosen.name}" (${places}); this action runs one build: keep one`);
          }
          return void 0;
        }
        /** A build's sources of other builders (amazon-ebs, ...): Packer would build them too. */
        warnOtherSources(build) {
          const listed = Array.isArray(build.body.sources) ? build.body.sources : [];
          const nested = isMap(build.body.source) ? Object.keys(build.body.source) : [];
          const others = [...listed, ...nested].map((ref) => String(ref).replace(/^\$\{(.*)\}$/, "$1").replace(/^source\./, "")).filter((ref) => !builderTypes.includes(ref.split(".")[0]));
          if (others.length > 0) {
            this.report.warning(this.where(build.file, build.block), `this action builds only its own source; the build's other sources are not built (${others.join(", ")})`);
          }
        }
        /** What a build block holds besides what this action reads. */
        checkBuild(build) {
          for (const key of Object.keys(build.body)) {
            if (buildKeys.includes(key) || key === "dynamic")
              continue;
            const inner = childBlocks(build.block, key)[0];
            const line = inner ?? (build.block?.attributes.has(key) ? build.block : void 0);
            const what = unsupportedBlocks[key] ?? `"${key}" in a build block`;
            this.report.problem(inner ? this.where(build.file, inner) : this.where(build.file, line, key), `${what} ${unsupportedBlocks[key] ? "are" : "is"} not supported`);
          }
        }
        /** Evaluates each attribute of a block; problems name file:line and the attribute. */
        evaluateBody(body, place, scope) {
          const result = {};
          for (const [key, value] of Object.entries(body)) {
            if (key === "dynamic")
              continue;
            try {
              result[key] = evaluateValue(value, scope);
            } catch (error) {
              if (!(error instanceof ExpressionError))
                throw error;
              this.report.problem(this.where(place.file, place.block, key), `${key}: ${error.message}`);
            }
          }
          return result;
        }
        /** The provisioner blocks that apply to the source, in file order. */
        provisioners(build, identity, scope) {
          const provisioners = [];
          for (const { type, block, body } of orderedBlocks(build, "provisioner")) {
            const place = { file: build.file, block };
            const { only, except, override, ...settings } = this.evaluateBody(body, place, scope);
            if (!appliesTo(only, except, identity))
              continue;
            const overridden = overrideFor(override, identity);
            provisioners.push({
              type,
              at: this.where(build.file, block),
              settings: { ...settings, ...overridden }
            });
          }
          return provisioners;
        }
        /** post-processor blocks and those of post-processors sequences, in file order. */
        postProcessors(build, identity) {
          const found = [];
          const collect = (body, block) => {
            for (const entry of orderedBlocks({ block, body }, "post-processor")) {
              if (!appliesTo(entry.body.only, entry.body.except, identity))
                continue;
              found.push({ type: entry.type, at: this.where(build.file, entry.block) });
            }
          };
          const sequences = Array.isArray(build.body["post-processors"]) ? build.body["post-processors"] : [];
          const sequenceBlocks = childBlocks(build.block, "post-processors");
          const single = [
            {
              line: childBlocks(build.block, "post-processor")[0]?.line ?? 0,
              run: () => collect(build.body, build.block)
            }
          ];
          sequences.forEach((sequence, index) => {
            if (!isMap(sequence))
              return;
            const block = sequenceBlocks[index];
            single.push({
              line: block?.line ?? Number.MAX_SAFE_INTEGER,
              run: () => collect(sequence, block)
            });
          });
          single.sort((a, b) => a.line - b.line).forEach((part) => part.run());
          return found;
        }
      }
      ;
      function isPackerTemplate(document) {
        return isMap(document) && "builders" in document;
      }
      const packerFunction = /\{\{\s*(user|env)\s+(?:"([^"]*)"|`([^`]*)`)\s*\}\}/g;
      function readJsonTemplate(document, reading) {
        const { at, keyAt, env } = reading;
        const template = checkShape(document, at);
        if (template === void 0)
          return void 0;
        const candidates2 = template.builders.filter((builder) => builderTypes.includes(builder.type)).map((builder) => ({ type: builder.type, name: builderName(builder), item: builder }));
        if (candidates2.length === 0) {
          const found = template.builders.map((builder) => builder.type).join(", ");
          return at.problem(`the Packer template has no builder of type ${builderTypes.join(" or ")} (builders found: ${found})`);
        }
        const chosen = chooseCandidate(candidates2, reading.inputs.source, `${builderTypes.join(" / ")} builders`, at, reading.sourceAt);
        if (chosen === void 0)
          return void 0;
        const variables = packer_template_resolveVariables(template, reading);
        const { type: _type, name: _name, ...options2 } = chosen.item;
        const builderOptions = toBuilderOptions(substitute(options2, variables, env, (key) => keyAt(key)), keyAt);
        return {
          builderOptions,
          builder: { type: chosen.type, name: chosen.name },
          provisioners: applyingProvisioners(template, chosen.name, variables, reading),
          postProcessors: applyingPostProcessors(template, chosen.name, reading.file)
        };
      }
      function builderName(builder) {
        return typeof builder.name === "string" && builder.name !== "" ? builder.name : builder.type;
      }
      function checkShape(document, at) {
        const bad = (where, expected) => at.problem(`not a Packer template this action can read: ${where} must be ${expected}`);
        if (!isMap(document))
          return bad("the document", "a map");
        const { variables = {}, builders, provisioners = [] } = document;
        const sensitive = document["sensitive-variables"] ?? [];
        const postProcessors = document["post-processors"] ?? [];
        if (!isMap(variables))
          return bad("variables", "a map");
        for (const [name, value] of Object.entries(variables)) {
          if (value !== null && typeof value === "object") {
            return bad(`variables.${name}`, "a single value (a string, a number, true/false or null)");
          }
        }
        if (!Array.isArray(sensitive) || sensitive.some((name) => typeof name !== "string")) {
          return bad("sensitive-variables", "a list of variable names");
        }
        if (!Array.isArray(builders) || builders.length === 0)
          return bad("builders", "a non-empty list");
        const builderProblem = entriesProblem(builders, "builders");
        if (builderProblem)
          return bad(...builderProblem);
        if (!Array.isArray(provisioners))
          return bad("provisioners", "a list");
        const provisionerProblem = entriesProblem(provisioners, "provisioners");
        if (provisionerProblem)
          return bad(...provisionerProblem);
        if (!Array.isArray(postProcessors))
          return bad("post-processors", "a list");
        const flattened = [];
        for (const [index, item] of postProcessors.entries()) {
          const sequence = Array.isArray(item) ? item.map((inner, j) => [inner, `post-processors[${index}][${j}]`]) : [[item, `post-processors[${index}]`]];
          for (const [entry, path] of sequence) {
            if (typeof entry === "string")
              flattened.push({ type: entry, path, entry: {} });
            else if (isMap(entry) && typeof entry.type === "string") {
              flattened.push({ type: entry.type, path, entry });
            } else
              return bad(path, "a type name or a map with a type");
          }
        }
        return {
          variables,
          sensitiveVariables: sensitive,
          builders,
          provisioners,
          postProcessors: flattened
        };
      }
      function entriesProblem(entries, list) {
        const index = entries.findIndex((entry) => !isMap(entry) || typeof entry.type !== "string");
        if (index < 0)
          return void 0;
        return isMap(entries[index]) ? [`${list}[${index}].type`, "a string"] : [`${list}[${index}]`, "a map"];
      }
      function packer_template_resolveVariables(template, reading) {
        const { env, inputs, variablesAt } = reading;
        const variables = {};
        for (const [name, value] of Object.entries(template.variables)) {
          variables[name] = value === null ? null : String(value).replace(packerFunction, (match, fn, double, back) => {
            if (fn === "env")
              return env[double ?? back ?? ""] ?? "";
            reading.at.problem(`variable "${name}": ${match} cannot be used there, only {{env}}`);
            return "";
          });
        }
        const declared = Object.keys(template.variables);
        for (const [name, value] of Object.entries(inputs.variables)) {
          if (!declared.includes(name)) {
            variablesAt.problem(`"${name}" is not a variable of the template (variables: ${declared.join(", ") || "none"})`);
          } else if (value !== null && typeof value === "object") {
            variablesAt.child(name).problem(`a JSON template's variables are single values, not a list or map`);
          } else {
            variables[name] = String(value);
          }
        }
        for (const name of template.sensitiveVariables) {
          if (variables[name])
            log.secret(variables[name]);
        }
        return variables;
      }
      function substitute(value, variables, env, keyAt, key = "") {
        if (typeof value === "string") {
          return value.replace(packerFunction, (match, fn, double, back) => {
            const name = double ?? back ?? "";
            if (fn === "env")
              return env[name] ?? "";
            const variable = variables[name];
            if (variable === void 0) {
              const defined = Object.keys(variables).join(", ") || "none";
              keyAt(key).problem(`${match}: the template has no variable "${name}" (variables: ${defined})`);
            } else if (variable === null) {
              keyAt(key).problem(`${match}: variable "${name}" has no default; set it with the template_variables input`);
            }
            return variable ?? "";
          });
        }
        if (Array.isArray(value)) {
          return value.map((item) => substitute(item, variables, env, keyAt, key));
        }
        if (isMap(value)) {
          return Object.fromEntries(Object.entries(value).map(([name, item]) => [
            name,
            substitute(item, variables, env, keyAt, key || name)
          ]));
        }
        return value;
      }
      function packer_template_appliesTo(entry, builder) {
        const names = (list) => Array.isArray(list) ? list.filter((name) => typeof name === "string") : [];
        if (entry.only !== void 0 && !names(entry.only).includes(builder))
          return false;
        return !names(entry.except).includes(builder);
      }
      function applyingProvisioners(template, builder, variables, reading) {
        const provisioners = [];
        for (const [index, entry] of template.provisioners.entries()) {
          if (!packer_template_appliesTo(entry, builder))
            continue;
          const at = `${reading.file} provisioners[${index}]`;
          const { type, only: _only, except: _except, override, ...settings } = entry;
          const overridden = isMap(override) && isMap(override[builder]) ? override[builder] : {};
          const context = (key) => reading.at.child(`provisioners[${index}]${key ? `.${key}` : ""}`);
          provisioners.push({
            type,
            at,
            settings: withTemplateDir(substitute({ ...settings, ...overridden }, variables, reading.env, context), (0, external_node_path_.dirname)(reading.file))
          });
        }
        return provisioners;
      }
      function applyingPostProcessors(template, builder, file) {
        return template.postProcessors.filter(({ entry }) => packer_template_appliesTo(entry, builder)).map(({ type, path }) => ({ type, at: `${file} ${path}` }));
      }
      function withTemplateDir(value, dir) {
        if (typeof value === "string") {
          return value.replace(/\{\{\s*template_dir\s*\}\}/g, dir);
        }
        if (Array.isArray(value))
          return value.map((item) => withTemplateDir(item, dir));
        if (isMap(value)) {
          return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withTemplateDir(item, dir)]));
        }
        return value;
      }
      ;
      const unreadable = { options: {}, unreadable: true };
      const inputOnlyKeys = [configFileInput, templateVariablesInput, templateSourceInput];
      function readConfigFile(path, workspace, env, templateInputs, findings) {
        const fileAt = new ValueContext(configFileInput, findings);
        const origin = `${configFileInput} ${path}`;
        const keyAt = (key) => new ValueContext(key, findings, origin);
        const reading = {
          file: path,
          inputs: templateInputs,
          env,
          at: fileAt,
          keyAt,
          sourceAt: new ValueContext(templateSourceInput, findings),
          variablesAt: new ValueContext(templateVariablesInput, findings)
        };
        const absolute = (0, external_node_path_.resolve)(workspace, path);
        let template;
        let values;
        if (path.endsWith(".pkr.json")) {
          fileAt.problem(`${show(path)}: HCL2 templates in JSON syntax (.pkr.json) cannot be read; use the .pkr.hcl form, a Packer JSON template (with builders) or a YAML config file`);
          return unreadable;
        }
        if (path.endsWith(".hcl") || isDirectory(absolute)) {
          template = readHclTemplate(absolute, workspace, reading);
          values = template?.builderOptions;
        } else {
          let content;
          try {
            content = (0, external_node_fs_.readFileSync)(absolute, "utf8");
          } catch (error) {
            const reason = error.code ?? String(error);
            fileAt.problem(`cannot read ${show(path)} (in ${workspace}): ${reason}`);
            return unreadable;
          }
          const document = parseDocument(content, fileAt);
          if (isPackerTemplate(document)) {
            template = readJsonTemplate(document, reading);
            values = template?.builderOptions;
          } else {
            values = document;
          }
        }
        if (values === void 0)
          return unreadable;
        if (!isMap(values)) {
          fileAt.problem(`${show(path)} must hold a map of option names to values, e.g. omi_name: app`);
          return unreadable;
        }
        if (template === void 0)
          checkTemplateInputsUnused(templateInputs, reading);
        for (const key of inputOnlyKeys.filter((name) => name in values)) {
          keyAt(key).problem("can only be given as an input, not inside a config file");
        }
        const entries = Object.entries(values).filter(([key]) => !inputOnlyKeys.includes(key));
        return { options: toRawOptions(entries, origin, keyAt), template };
      }
      function checkTemplateInputsUnused(inputs, reading) {
        const why = "only a Packer template given as config_file has variables and sources";
        if (Object.keys(inputs.variables).length > 0)
          reading.variablesAt.problem(`unused: ${why}`);
        if (inputs.source !== "")
          reading.sourceAt.problem(`unused: ${why}`);
      }
      function isDirectory(path) {
        try {
          return (0, external_node_fs_.statSync)(path).isDirectory();
        } catch {
          return false;
        }
      }
      function parseDocument(content, fileAt) {
        try {
          const json = JSON.parse(content);
          if (isPackerTemplate(json))
            return json;
        } catch {
        }
        try {
          return parseYaml(content);
        } catch (error) {
          const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
          return fileAt.problem(`is not valid YAML or JSON: ${reason}`);
        }
      }
      ;
      const environmentVariables = {
        OSC_ACCESS_KEY: "access_key",
        OSC_SECRET_KEY: "secret_key",
        OSC_REGION: "region",
        OSC_ENDPOINT_API: "custom_endpoint_oapi",
        OSC_X509_CLIENT_CERT: "x509_cert_path",
        OSC_X509_CLIENT_KEY: "x509_key_path"
      };
      const deprecatedVariables = {
        OUTSCALE_ACCESSKEYID: "OSC_ACCESS_KEY",
        OUTSCALE_SECRETKEYID: "OSC_SECRET_KEY",
        OUTSCALE_REGION: "OSC_REGION",
        OUTSCALE_OAPI_URL: "OSC_ENDPOINT_API",
        OUTSCALE_X509CERT: "OSC_X509_CLIENT_CERT",
        OUTSCALE_X509KEY: "OSC_X509_CLIENT_KEY"
      };
      const jsonString = (raw, at) => typeof raw === "string" ? raw : at.problem("must be a string");
      const profileFields = {
        access_key: jsonString,
        secret_key: jsonString,
        region: jsonString,
        x509_client_cert: jsonString,
        x509_client_key: jsonString,
        endpoints: ((raw, at) => isMap(raw) ? fields({ api: jsonString })(pick(raw, ["api"]), at) : at.problem("must be a map of service names to endpoints"))
      };
      function pick(raw, keys) {
        return Object.fromEntries(Object.entries(raw).filter(([key]) => keys.includes(key)));
      }
      const readProfileFields = fields(profileFields);
      function chooseProfile(fromOptions, env) {
        if (fromOptions !== void 0)
          return fromOptions;
        return env.OSC_PROFILE ? { raw: env.OSC_PROFILE, origin: "OSC_PROFILE" } : void 0;
      }
      function oscEnvironmentSources(env, homeDir, profile, findings) {
        const fromVariables = readEnvironmentVariables(env, findings);
        const path = env.OSC_CONFIG_FILE || (0, external_node_path_.join)(homeDir, ".osc", "config.json");
        if (profile === void 0) {
          return [fromVariables, readProfile(path, "default", void 0, findings)];
        }
        const name = typeof profile.raw === "string" ? profile.raw : "";
        return [readProfile(path, name, profile, findings), fromVariables];
      }
      function readEnvironmentVariables(env, findings) {
        const entries = Object.entries(environmentVariables).map(([variable, option]) => {
          const deprecated = Object.keys(deprecatedVariables).find((name) => deprecatedVariables[name] === variable);
          const fromDeprecated = deprecated !== void 0 && !!env[deprecated];
          const warn = (message) => {
            findings.warnings.push(`${deprecated}: ${message}`);
          };
          if (env[variable]) {
            if (fromDeprecated)
              warn(`ignored, ${variable} is set too; remove ${deprecated}`);
            return { variable, option, value: env[variable] };
          }
          if (!fromDeprecated)
            return { variable, option, value: "" };
          warn(`deprecated; set ${variable} instead (it is read the same way)`);
          return { variable: deprecated, option, value: env[deprecated] };
        });
        const sources = entries.map(({ variable, option, value }) => toRawOptions([[option, value ?? ""]], variable, (key) => new ValueContext(key, findings, variable)));
        return Object.assign({}, ...sources);
      }
      function readProfile(path, name, chosen, findings) {
        const at = new ValueContext("profile", findings, chosen?.origin);
        const report = (message) => {
          if (chosen)
            at.problem(message);
          else
            at.warning(`${message}; the file is ignored`);
          return {};
        };
        if (!(0, external_node_fs_.existsSync)(path)) {
          return chosen ? report(`"${name}" is set but ${path} does not exist`) : {};
        }
        let document;
        try {
          document = JSON.parse((0, external_node_fs_.readFileSync)(path, "utf8"));
        } catch (error) {
          return report(`${path} is not valid JSON: ${error instanceof Error ? error.message : error}`);
        }
        if (!isMap(document))
          return report(`${path} must hold a map of profile names to profiles`);
        if (!(name in document)) {
          const names = Object.keys(document).join(", ") || "none";
          return chosen ? report(`no profile "${name}" in ${path} (profiles there: ${names})`) : {};
        }
        const shape = { problems: [], warnings: [] };
        const profile = document[name];
        const parsed = isMap(profile) ? readProfileFields(pick(profile, Object.keys(profileFields)), new ValueContext("", shape)) : new ValueContext("", shape).problem("must be a map");
        if (parsed === void 0) {
          const first = (shape.problems[0] ?? "").replace(/^\.?([^:]*): /, "$1 ");
          return report(`profile "${name}" in ${path}: ${first.trim()}`);
        }
        const origin = `profile "${name}" in ${path}`;
        return toRawOptions([
          ["access_key", parsed.access_key ?? ""],
          ["secret_key", parsed.secret_key ?? ""],
          ["region", parsed.region ?? ""],
          ["custom_endpoint_oapi", parsed.endpoints?.api ?? ""],
          ["x509_cert_path", parsed.x509_client_cert ?? ""],
          ["x509_key_path", parsed.x509_client_key ?? ""]
        ], origin, (key) => new ValueContext(key, findings, origin));
      }
      ;
      const credentialOptions = ["access_key", "secret_key"];
      function resolveOptions(sources, findings) {
        const inputs = toRawOptions([...optionNames, ...Object.keys(aliases)].map((name) => [name, sources.getInput(name)]), "input", (key) => new ValueContext(key, findings));
        const configFile = sources.getInput(configFileInput);
        const templateInputs = readTemplateInputs(sources.getInput, findings);
        const file = configFile ? readConfigFile(configFile, sources.workspace, sources.env, templateInputs, findings) : void 0;
        if (file?.unreadable)
          return { raw: {}, configFileUnreadable: true };
        const fromFile = file?.options ?? {};
        if (!configFile) {
          for (const name of [templateVariablesInput, templateSourceInput]) {
            if (sources.getInput(name).trim() !== "") {
              findings.problems.push(`${name}: unused without a Packer template as ${configFileInput}`);
            }
          }
        }
        const profile = chooseProfile(inputs.profile ?? fromFile.profile, sources.env);
        const ranked = [
          inputs,
          fromFile,
          ...oscEnvironmentSources(sources.env, sources.homeDir, profile, findings)
        ];
        const chosen = {};
        for (const name of optionNames) {
          if (credentialOptions.includes(name))
            continue;
          const source = ranked.find((candidate2) => candidate2[name] !== void 0);
          if (source !== void 0)
            chosen[name] = source[name];
        }
        chosen.profile = profile;
        Object.assign(chosen, chooseCredentials(ranked, findings));
        for (const [name, found] of Object.entries(chosen)) {
          if (found !== void 0)
            log.debug(`${name}: from ${found.origin}`);
        }
        return {
          raw: chosen,
          template: file?.template,
          configFileUnreadable: file?.unreadable === true
        };
      }
      function chooseCredentials(ranked, findings) {
        const source = ranked.find((candidate2) => candidate2.access_key || candidate2.secret_key);
        if (source === void 0) {
          findings.problems.push("access_key, secret_key: no credentials found; set the access_key and secret_key inputs (from secrets), the OSC_ACCESS_KEY and OSC_SECRET_KEY environment variables, or a profile in ~/.osc/config.json");
          return {};
        }
        const { access_key, secret_key } = source;
        if (access_key === void 0 || secret_key === void 0) {
          const [missing, given, found] = access_key ? ["secret_key", "access_key", access_key] : ["access_key", "secret_key", secret_key];
          const where = found?.origin === "input" ? "the action inputs" : found?.origin;
          findings.problems.push(`${missing}: not set, while ${given} is set in ${where}; set both there, or neither`);
        }
        return { access_key, secret_key };
      }
      var shell_quote = __webpack_require__(6591);
      ;
      const SYSTEM_DIRECTORIES = [
        "/proc",
        "/sys",
        "/dev",
        "/run",
        "/boot",
        "/usr",
        "/etc",
        "/var",
        "/bin",
        "/sbin",
        "/lib",
        "/lib32",
        "/lib64",
        "/home",
        "/root",
        "/tmp",
        "/opt",
        "/srv"
      ];
      const SYSTEM_TREES = [
        "/proc",
        "/sys",
        "/dev",
        "/run",
        "/boot",
        "/usr",
        "/etc",
        "/bin",
        "/sbin",
        "/lib",
        "/lib32",
        "/lib64"
      ];
      const isWithin = (path, dir) => path.startsWith(`${dir}/`);
      function whyUnsafeMountPath(mountPath) {
        if (!external_node_path_.posix.isAbsolute(mountPath)) {
          return "is a relative path; use an absolute one such as /mnt/osc-chroot/{{.Device}}";
        }
        const path = external_node_path_.posix.normalize(mountPath).replace(/(.)\/+$/, "$1");
        if (path === "/")
          return "is the root of the runner's own file system";
        const contained = SYSTEM_DIRECTORIES.find((dir) => dir === path || isWithin(dir, path));
        if (contained) {
          return contained === path ? `is the system directory ${contained}` : `contains the system directory ${contained}`;
        }
        const tree = SYSTEM_TREES.find((dir) => isWithin(path, dir));
        if (tree)
          return `is inside the system directory ${tree}`;
        return void 0;
      }
      const mountPathAdvice = `use a directory of its own, such as /mnt/osc-chroot/{{.Device}} (the default); not ${SYSTEM_DIRECTORIES.join(", ")} or a parent of one, nor inside ${SYSTEM_TREES.join(", ")}`;
      ;
      const COMMAND_PLACEHOLDER = /\{\{-?\s*\.?Command\s*-?\}\}/g;
      function quotingContextAt(wrapper, index) {
        let context = "none";
        for (let i = 0; i < index; i++) {
          const c = wrapper[i];
          if (context === "single") {
            if (c === "'")
              context = "none";
          } else if (c === "\\") {
            i++;
          } else if (context === "double") {
            if (c === '"')
              context = "none";
          } else if (c === "'") {
            context = "single";
          } else if (c === '"') {
            context = "double";
          }
        }
        return context;
      }
      function commandWrapperProblem(commandWrapper) {
        const shown = JSON.stringify(commandWrapper);
        const placeholders2 = [...commandWrapper.matchAll(COMMAND_PLACEHOLDER)];
        if (placeholders2.length === 0) {
          return `command_wrapper ${shown} does not contain {{.Command}}; write it like 'sudo {{.Command}}'.`;
        }
        if (commandInQuotes(commandWrapper)) {
          return `command_wrapper ${shown} puts {{.Command}} inside quotes, where a shell would read the command as text again. Write {{.Command}} unquoted, as a word of its own (e.g. 'sudo {{.Command}}' or 'sudo -n {{.Command}}'): the command is passed as separate arguments ("$@"); to go through a shell, write: sh -c 'exec "$@"' sh {{.Command}}`;
        }
        return void 0;
      }
      function commandInQuotes(commandWrapper) {
        return [...commandWrapper.matchAll(COMMAND_PLACEHOLDER)].some((match) => quotingContextAt(commandWrapper, match.index) !== "none");
      }
      function wrapCommand(commandWrapper, argv) {
        const problem = commandWrapperProblem(commandWrapper);
        if (problem)
          throw new Error(problem);
        return {
          file: "/bin/sh",
          args: ["-c", render(commandWrapper, { Command: '"$@"' }, "command_wrapper"), "sh", ...argv],
          display: render(commandWrapper, { Command: (0, shell_quote.quote)(argv) }, "command_wrapper")
        };
      }
      ;
      function validateConfig(config, parsed, findings, workspace = process.cwd()) {
        const rules = {
          config,
          workspace,
          parsed,
          findings,
          readable: (...names) => names.every((name) => !parsed.rejected.has(name)),
          problem: (key, message) => findings.problems.push(`${key}: ${message}`),
          warning: (key, message) => findings.warnings.push(`${key}: ${message}`)
        };
        checkRequired(rules);
        checkSource(rules);
        checkFromScratch(rules);
        checkRootVolume(rules);
        checkRegion(rules);
        checkTemplates(rules);
        checkMountPathInCommands(rules);
        checkMountPathIsSafe(rules);
        checkReservedTags(rules);
        checkProvisionShell(rules);
        checkProvisioningFiles(rules);
        checkClientCertificate(rules);
        checkUnusedOptions(rules);
      }
      function sweepsOnly(config) {
        return config.cleanupOrphans > 0 && config.omiName === "";
      }
      function hasSource(config) {
        return config.fromScratch || config.sourceOmi !== "" || config.sourceOmiFilter !== void 0;
      }
      function checkRequired({ config, parsed, readable, problem }) {
        if (parsed.values.omi_name !== void 0 || !readable("omi_name"))
          return;
        if (config.cleanupOrphans > 0 && !hasSource(config))
          return;
        const sweepHint = config.cleanupOrphans > 0 ? " (to only sweep orphans, leave the source options unset)" : "";
        problem("omi_name", `required; e.g. omi_name: "app-{{timestamp}}"${sweepHint}`);
      }
      function checkSource({ config, readable, problem, warning }) {
        if (!readable("from_scratch", "source_omi", "source_omi_filter") || sweepsOnly(config))
          return;
        const filter = config.sourceOmiFilter;
        const hasFilter = filter !== void 0 && (Object.keys(filter.filters).length > 0 || filter.owners.length > 0);
        if (config.fromScratch) {
          if (config.sourceOmi || filter) {
            warning("source_omi", "source_omi and source_omi_filter are unused when from_scratch is true");
          }
          return;
        }
        if (!config.sourceOmi && !hasFilter) {
          problem("source_omi", "required: set source_omi (an OMI id), source_omi_filter (filters and owners), or from_scratch: true");
        } else if (!config.sourceOmi && filter?.owners.length === 0) {
          problem("source_omi_filter.owners", "required when the source OMI is chosen by filters alone, since anyone can publish an OMI with a matching name; list the accounts you trust, e.g. owners: [Outscale] or a 12-digit account id");
        }
      }
      function checkFromScratch(rules) {
        const { config, readable, problem, warning } = rules;
        if (!readable("from_scratch"))
          return;
        const mappings = config.omiBlockDeviceMappings;
        if (!config.fromScratch) {
          if (config.rootDeviceName) {
            warning("root_device_name", `unused when from_scratch is false (the root is the source's, ${outscaleRootDevice})`);
          }
          if (readable("omi_block_device_mappings"))
            checkSourceMappings(rules);
          return;
        }
        if (readable("omi_block_device_mappings", "root_device_name")) {
          checkDataDisks(rules, config.rootDeviceName, false);
        }
        if (config.rootVolumeSize === 0 && readable("root_volume_size")) {
          problem("root_volume_size", "required with from_scratch: the size of the new volume in GiB");
        }
        if (config.preMountCommands.length === 0 && readable("pre_mount_commands")) {
          problem("pre_mount_commands", "required with from_scratch: commands that partition and format {{.Device}}");
        }
        if (mappings.length === 0 && readable("omi_block_device_mappings")) {
          problem("omi_block_device_mappings", "required with from_scratch: at least the root device, e.g. [{device_name: /dev/sda1, volume_size: 10, volume_type: gp2}]");
        }
        if (!readable("root_device_name"))
          return;
        if (config.rootDeviceName === "") {
          problem("root_device_name", "required with from_scratch: the root device of the OMI (/dev/sda1 on Outscale)");
          return;
        }
        const names = mappings.map((mapping) => mapping.deviceName);
        if (mappings.length > 0 && !names.includes(config.rootDeviceName)) {
          problem("root_device_name", `${show(config.rootDeviceName)} is not the device_name of any omi_block_device_mappings entry (${names.map((name) => show(name)).join(", ")})`);
        }
        if (config.rootDeviceName !== "/dev/sda1") {
          warning("root_device_name", `${show(config.rootDeviceName)}: Outscale expects /dev/sda1 for the root device`);
        }
      }
      const outscaleRootDevice = "/dev/sda1";
      const dataDiskName = /^\/dev\/(sd|xvd)[b-z][a-z]?$/;
      function checkDataDisks({ config, problem }, rootDevice, fromSource) {
        config.omiBlockDeviceMappings.forEach((mapping, index) => {
          const root = [rootDevice, outscaleRootDevice].includes(mapping.deviceName);
          const describesDisk = !mapping.noDevice && mapping.virtualName === void 0;
          const sized = mapping.volumeSize !== void 0 || mapping.snapshotId !== void 0;
          if (describesDisk && !sized && !(root && fromSource)) {
            problem(`omi_block_device_mappings[${index}]`, "needs volume_size (GiB) or snapshot_id (or no_device: true to drop the device)");
          }
          if (root || dataDiskName.test(mapping.deviceName))
            return;
          problem(`omi_block_device_mappings[${index}].device_name`, `${show(mapping.deviceName)} is not a device name OAPI accepts for a data disk; use /dev/xvd or /dev/sd followed by a letter from b to z and an optional second letter (e.g. /dev/xvdb), or ${outscaleRootDevice} for the root device`);
        });
      }
      function checkSourceMappings(rules) {
        const { config, parsed, problem, warning } = rules;
        const rootVolumeSize2 = parsed.values.root_volume_size ?? 0;
        checkDataDisks(rules, outscaleRootDevice, true);
        config.omiBlockDeviceMappings.forEach((mapping, index) => {
          if (mapping.deviceName !== outscaleRootDevice)
            return;
          const at = `omi_block_device_mappings[${index}]`;
          if (mapping.snapshotId !== void 0) {
            problem(`${at}.snapshot_id`, `${show(mapping.snapshotId)} on the root device ${outscaleRootDevice}: the root always gets the build's new snapshot; remove snapshot_id from this entry`);
          }
          if (mapping.noDevice || mapping.virtualName !== void 0) {
            problem(at, `the root device ${outscaleRootDevice} cannot be dropped or made ephemeral (no_device, virtual_name); remove those keys from this entry`);
          }
          const size = mapping.volumeSize;
          if (size !== void 0 && rootVolumeSize2 > 0 && size !== rootVolumeSize2) {
            warning(`${at}.volume_size`, `${size} differs from root_volume_size ${rootVolumeSize2}; the root volume gets the larger, ${Math.max(size, rootVolumeSize2)} GiB`);
          }
        });
      }
      function checkRootVolume({ config, findings, readable }) {
        if (!readable("root_volume_type", "root_volume_iops", "root_volume_size"))
          return;
        checkIops({
          type: config.rootVolumeType || void 0,
          iops: config.rootVolumeIops || void 0,
          size: config.rootVolumeSize || void 0
        }, new ValueContext("root_volume_iops", findings), { type: "root_volume_type", size: "root_volume_size" });
      }
      function checkRegion({ config, problem }) {
        if (config.region === "" || config.skipRegionValidation)
          return;
        if (!/^[a-z]+(-[a-z]+)+-\d+$/.test(config.region)) {
          problem("region", `${show(config.region)} does not look like an Outscale region (e.g. eu-west-2); set skip_region_validation: true to use it anyway`);
        }
      }
      function tagOptions(config) {
        return [
          ["tags", config.tags],
          ["snapshot_tags", config.snapshotTags],
          ["root_volume_tags", config.rootVolumeTags]
        ];
      }
      function checkTemplates({ config, findings, problem }) {
        const check = (field, value) => {
          let variables = templateVariables[field];
          if (config.fromScratch)
            variables = variables.filter((name) => !sourceOmiVariables.includes(name));
          try {
            checkTemplate(value, variables, field);
          } catch (error) {
            findings.problems.push(error instanceof Error ? error.message : String(error));
          }
        };
        check("command_wrapper", config.commandWrapper);
        check("mount_path", config.mountPath);
        config.preMountCommands.forEach((command) => check("pre_mount_commands", command));
        config.postMountCommands.forEach((command) => check("post_mount_commands", command));
        config.provisionHostCommands.forEach((command) => check("provision_host_commands", command));
        check("omi_description", config.omiDescription);
        for (const [field, tags] of tagOptions(config)) {
          for (const [key, value] of Object.entries(tags)) {
            check(field, key);
            check(field, value);
          }
        }
        const marker = "\0command\0";
        try {
          if (!render(config.commandWrapper, { Command: marker }, "command_wrapper").includes(marker)) {
            problem("command_wrapper", `${show(config.commandWrapper)} must contain {{.Command}}, e.g. "sudo {{.Command}}"`);
          } else if (commandInQuotes(config.commandWrapper)) {
            problem("command_wrapper", `${show(config.commandWrapper)} puts {{.Command}} inside quotes, where a shell would read the command as text again (a path chosen by the image could then run on the host). Write {{.Command}} as a word of its own, e.g. "sudo {{.Command}}": the command is passed as separate arguments ("$@"). To go through a shell: sh -c 'exec "$@"' sh {{.Command}}`);
          }
        } catch {
        }
      }
      function checkMountPathIsSafe({ config, readable, problem }) {
        if (!readable("mount_path"))
          return;
        let rendered;
        try {
          rendered = render(config.mountPath, { Device: "xvdf" }, "mount_path");
        } catch {
          return;
        }
        const why = whyUnsafeMountPath(rendered);
        if (why)
          problem("mount_path", `${show(config.mountPath)} ${why}: ${mountPathAdvice}`);
      }
      function checkReservedTags({ config, problem }) {
        for (const [field, tags] of tagOptions(config)) {
          for (const key of Object.keys(tags).filter((name) => name.startsWith("osc-chroot:"))) {
            problem(field, `${show(key)}: tag keys starting with "osc-chroot:" are reserved for the tags the build puts on its temporary resources (the orphan sweep relies on them); choose another key`);
          }
        }
      }
      const plainShellWord = /^[A-Za-z0-9/._+,:@%=-]+$/;
      function checkMountPathInCommands({ config, problem }) {
        const marker = "MOUNTPATH";
        const usesMountPath = (field, command) => {
          try {
            return render(command, { Device: "", MountPath: marker }, field).includes(marker);
          } catch {
            return false;
          }
        };
        const users = [
          ...config.postMountCommands.map((command) => ["post_mount_commands", command]),
          ...config.provisionHostCommands.map((command) => ["provision_host_commands", command])
        ].filter(([field, command]) => usesMountPath(field, command));
        if (users.length === 0)
          return;
        let mountPath;
        try {
          mountPath = render(config.mountPath, { Device: "xvdf" }, "mount_path");
        } catch {
          return;
        }
        if (plainShellWord.test(mountPath))
          return;
        problem("mount_path", `${show(config.mountPath)} holds characters a shell would interpret (such as spaces, quotes, $, \` or ;), and ${users[0][0]} pastes {{.MountPath}} into shell text unquoted: use a mount_path of letters, digits and / . _ - only`);
      }
      function checkProvisionShell({ config, problem }) {
        const words = (0, shell_quote.parse)(config.provisionShell);
        if (words.length === 0 || words.some((word) => typeof word !== "string")) {
          problem("provision_shell", `${show(config.provisionShell)} is not a program and its options (no pipes, ;, &&, redirections or globs), e.g. "/bin/sh -e" or "/bin/bash -eux"`);
        }
      }
      function checkProvisioningFiles({ config, problem, workspace }) {
        for (const script of config.provisionScripts) {
          if (!(0, external_node_fs_.existsSync)(script))
            problem("provision_scripts", `${show(script)} does not exist`);
          else if (!isFile(script))
            problem("provision_scripts", `${show(script)} is not a file`);
        }
        for (const file of config.provisionFiles) {
          if (file.direction === "download") {
            if (!insideDirectory(file.destination, workspace)) {
              problem("provision_files", `destination ${show(file.destination)} of a download is outside the workspace (${workspace}); downloads are written into it only`);
            }
          } else if (!(0, external_node_fs_.existsSync)(file.source)) {
            problem("provision_files", `source ${show(file.source)} does not exist`);
          } else if (!isFileOrDirectory(file.source)) {
            problem("provision_files", `source ${show(file.source)} is not a file or a directory (a device, fifo or socket cannot be copied)`);
          }
        }
      }
      function checkClientCertificate({ config, parsed, readable, problem }) {
        const pair = config.clientCertificate;
        if (pair === void 0 || !readable("x509_cert_path", "x509_key_path"))
          return;
        const files = [
          ["x509_cert_path", pair.certPath],
          ["x509_key_path", pair.keyPath]
        ];
        for (const [option, path] of files) {
          if (path === "") {
            const [other] = files.find(([name]) => name !== option);
            problem(option, `not set, while ${other} is (${show(parsed.values[other])}): a client certificate needs both the certificate and its private key`);
          } else if (!isFile(path)) {
            problem(option, `${show(path)} ${(0, external_node_fs_.existsSync)(path) ? "is not a file" : "does not exist"}`);
          } else if (!isReadable(path)) {
            problem(option, `${show(path)} cannot be read by this process (check its permissions)`);
          }
        }
      }
      function isReadable(path) {
        try {
          (0, external_node_fs_.accessSync)(path, external_node_fs_.constants.R_OK);
          return true;
        } catch {
          return false;
        }
      }
      function isFile(path) {
        return (0, external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isFile() ?? false;
      }
      function isFileOrDirectory(path) {
        const stats = (0, external_node_fs_.statSync)(path, { throwIfNoEntry: false });
        return (stats?.isFile() || stats?.isDirectory()) ?? false;
      }
      function checkUnusedOptions({ config, parsed, warning }) {
        if (config.forceDeleteSnapshot && !config.forceDeregister) {
          warning("force_delete_snapshot", "has no effect without force_deregister: true");
        }
        const partition = parsed.values.mount_partition;
        if (config.omiVirtualizationType === "paravirtual" && partition !== void 0 && partition !== "0") {
          warning("mount_partition", `${show(partition)} is ignored: a paravirtual image is mounted as the whole device`);
        }
      }
      ;
      const keptAsWritten = /* @__PURE__ */ new Set(["tags", "snapshot_tags", "root_volume_tags", "filters"]);
      function snakeCase(name) {
        return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
      }
      function withOptionNames(value) {
        if (Array.isArray(value))
          return value.map(withOptionNames);
        if (!isMap(value))
          return value;
        return Object.fromEntries(Object.entries(value).map(([name, item]) => {
          const key = snakeCase(name);
          return [key, keptAsWritten.has(key) ? item : withOptionNames(item)];
        }));
      }
      function describeConfig(config) {
        const { credentials, provisionEnv: provisionEnv2, templateProvisioners: templateProvisioners2, ...rest } = config;
        const shown = {
          access_key: credentials.accessKey ? `(set, ends with ${credentials.accessKey.slice(-4)})` : "(not set)",
          secret_key: credentials.secretKey ? "(set)" : "(not set)",
          ...withOptionNames(rest),
          provision_env: Object.keys(provisionEnv2).map((name) => `${name}=(set)`),
          // Their variables may hold tokens, like provision_env: where each is, not what it holds.
          template_provisioners: templateProvisioners2.map((provisioner) => `${provisioner.type} (${provisioner.at})`)
        };
        return dist.stringify(shown, { lineWidth: 0 }).trimEnd();
      }
      ;
      class ConfigError extends Error {
        problems;
        constructor(problems) {
          const count = problems.length === 1 ? "a problem" : `${problems.length} problems`;
          super(`The configuration has ${count}:
${problems.map((problem) => `- ${problem}`).join("\n")}`);
          this.name = "ConfigError";
          this.problems = problems;
        }
      }
      function loadConfig(sources) {
        const findings = { problems: [], warnings: [] };
        const { raw, template, configFileUnreadable } = resolveOptions(sources, findings);
        if (configFileUnreadable)
          throw new ConfigError(findings.problems);
        useBuildIdentity(template?.builder);
        const parsed = parseOptions(raw, findings);
        const config = toBuildConfig(parsed.values, sources.workspace);
        config.templateProvisioners = templateProvisioners(template, parsed.values, {
          findings,
          workspace: sources.workspace,
          env: sources.env,
          buildName: template?.builder.name ?? "osc-chroot"
        });
        validateConfig(config, parsed, findings, sources.workspace);
        if (findings.problems.length > 0)
          throw new ConfigError(findings.problems);
        return { config, warnings: findings.warnings };
      }
      ;
      const identity_JOURNAL_STATE = "journal";
      function newBuildId(env = process.env) {
        const random = (0, external_node_crypto_.randomBytes)(4).toString("hex");
        return env.GITHUB_RUN_ID ? `run-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${random}` : `local-${random}`;
      }
      function workDirectory(env = process.env) {
        return (0, external_node_path_.join)(env.RUNNER_TEMP || (0, external_node_os_.tmpdir)(), "osc-chroot");
      }
      const CLIENT_TOKEN_PREFIX = "osc-chroot-";
      function newClientToken(buildId) {
        return `${CLIENT_TOKEN_PREFIX}${buildId}-${(0, external_node_crypto_.randomBytes)(4).toString("hex")}`;
      }
      function buildIdOfClientToken(token) {
        if (!token?.startsWith(CLIENT_TOKEN_PREFIX))
          return void 0;
        const match = /^(.+)-[0-9a-f]{8}$/.exec(token.slice(CLIENT_TOKEN_PREFIX.length));
        return match?.[1];
      }
      function journalPathFor(buildId, env = process.env) {
        return (0, external_node_path_.join)(workDirectory(env), `journal-${buildId}.json`);
      }
      function manifestPathFor(buildId, env = process.env) {
        return (0, external_node_path_.join)(workDirectory(env), `manifest-${buildId}.json`);
      }
      ;
      function configSources(getInput, workspace = process.cwd()) {
        return { getInput, env: process.env, homeDir: (0, external_node_os_.homedir)(), workspace };
      }
      function action_config_actionConfigSources() {
        return configSources((name) => lib_core.V4(name), process.env.GITHUB_WORKSPACE || process.cwd());
      }
      async function action_config_loadAndShowConfig(sources) {
        const { config, warnings } = loadConfig(sources);
        for (const warning of warnings)
          log.warning(warning);
        await log.group("Configuration", async () => log.info(describeConfig(config)));
        return config;
      }
      function action_config_saveJournalPath(path) {
        lib_core.LZ(identity_JOURNAL_STATE, path);
      }
      function savedJournalPath() {
        return core.getState(JOURNAL_STATE);
      }
      var external_node_child_process_ = __webpack_require__(1421);
      ;
      const KEPT_NAMES = /* @__PURE__ */ new Set([
        "PATH",
        "HOME",
        "USER",
        "LOGNAME",
        "SHELL",
        "TERM",
        "LANG",
        "LANGUAGE",
        "TZ",
        "TMPDIR",
        "RUNNER_TEMP",
        "GITHUB_WORKSPACE",
        "http_proxy",
        "https_proxy",
        "no_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "NO_PROXY"
      ]);
      const KEPT_PREFIXES = ["LC_", "OSC_CHROOT_"];
      const SECRET_LOOKING = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)/i;
      function isKeptVariable(name) {
        if (SECRET_LOOKING.test(name))
          return false;
        return KEPT_NAMES.has(name) || KEPT_PREFIXES.some((prefix) => name.startsWith(prefix));
      }
      function hostEnvironment(options2 = {}, from = process.env) {
        const environment = {};
        for (const [name, value] of Object.entries(from)) {
          if (value !== void 0 && isKeptVariable(name))
            environment[name] = value;
        }
        if (!environment.PATH)
          environment.PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        if (options2.internal)
          environment.LC_ALL = "C";
        return environment;
      }
      ;
      const LEADING_BLANKS = /^[\s\p{Z}\p{Cc}\p{Cf}]+/u;
      function mayBeWorkflowCommand(line) {
        if (line.includes("##["))
          return true;
        return line.split(/[\r\n]/).some((part) => part.replace(LEADING_BLANKS, "").startsWith("::"));
      }
      function neutralised(line) {
        if (!mayBeWorkflowCommand(line))
          return [line];
        const token = `osc-chroot-${(0, external_node_crypto_.randomBytes)(16).toString("hex")}`;
        return [`::stop-commands::${token}`, line, `::${token}::`];
      }
      ;
      class CommandError extends Error {
        command;
        exitCode;
        stderr;
        constructor(message, command, exitCode, stderr) {
          super(message);
          this.command = command;
          this.exitCode = exitCode;
          this.stderr = stderr;
          this.name = "CommandError";
        }
        /** The last lines of stderr: what explains the failure. */
        get stderrTail() {
          return lastLines(this.stderr, STDERR_LINES_IN_ERROR);
        }
      }
      const DEFAULT_COMMAND_WRAPPER = "{{.Command}}";
      const MAX_STDOUT_BYTES = 8 * 1024 * 1024;
      const MAX_STDERR_BYTES = 64 * 1024;
      const STDERR_LINES_IN_ERROR = 20;
      const OUTPUT_DRAIN_MS = 2e3;
      const KILL_GRACE_MS = 5e3;
      function isDefaultWrapper(commandWrapper) {
        return /^\{\{-?\s*\.?Command\s*-?\}\}$/.test(commandWrapper.trim());
      }
      function assertCanRunPrivileged(commandWrapper, uid = process.getuid?.()) {
        if (uid === void 0 || uid === 0 || !isDefaultWrapper(commandWrapper))
          return;
        throw new Error(`osc-chroot needs root to mount and chroot, but it runs as uid ${uid} and command_wrapper is the default "{{.Command}}". Set command_wrapper: 'sudo {{.Command}}' (passwordless sudo for the runner user) or run the runner as root.`);
      }
      function signalNumber(signal) {
        return external_node_os_.constants.signals[signal] ?? 0;
      }
      function lineLogger(write) {
        let pending = "";
        return {
          push(chunk) {
            const lines2 = (pending + chunk).split("\n");
            pending = lines2.pop() ?? "";
            for (const line of lines2)
              write(line.replace(/\r$/, ""));
          },
          end() {
            if (pending)
              write(pending);
            pending = "";
          }
        };
      }
      function lastLines(text, count) {
        return text.trimEnd().split("\n").slice(-count).join("\n");
      }
      function execute(file, args, display, options2) {
        if (options2.quiet)
          log.debug(`$ ${display}`);
        else
          for (const printed of neutralised(`$ ${display}`))
            log.info(printed);
        const logLine = (line) => {
          if (!options2.quiet)
            for (const printed of neutralised(line))
              log.info(printed);
        };
        return new Promise((resolve, reject) => {
          if (options2.signal?.aborted) {
            reject(new CommandError(`Cancelled before it started: ${display}`, display, 130, ""));
            return;
          }
          const child = (0, external_node_child_process_.spawn)(file, args, {
            cwd: options2.cwd,
            env: hostEnvironment({ internal: !options2.userCommand }),
            detached: true,
            stdio: ["pipe", "pipe", "pipe"]
          });
          let stdout = "";
          let stdoutTruncated = false;
          let stderr = "";
          const outLog = lineLogger(logLine);
          const errLog = lineLogger(logLine);
          child.stdout.setEncoding("utf8");
          child.stderr.setEncoding("utf8");
          child.stdout.on("data", (chunk) => {
            outLog.push(chunk);
            if (stdout.length + chunk.length <= MAX_STDOUT_BYTES)
              stdout += chunk;
            else
              stdoutTruncated = true;
          });
          child.stderr.on("data", (chunk) => {
            errLog.push(chunk);
            stderr = (stderr + chunk).slice(-MAX_STDERR_BYTES);
          });
          child.stdin.on("error", () => void 0);
          if (options2.stdin)
            options2.stdin.pipe(child.stdin);
          else
            child.stdin.end(options2.input ?? "");
          let killTimer;
          const killGroup = (signal) => {
            try {
              if (child.pid)
                process.kill(-child.pid, signal);
            } catch {
            }
          };
          const onAbort = () => {
            log.info(`Cancelling: ${display}`);
            killGroup("SIGTERM");
            killTimer = setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_MS);
          };
          options2.signal?.addEventListener("abort", onAbort, { once: true });
          const cleanup = () => {
            options2.signal?.removeEventListener("abort", onAbort);
            if (killTimer)
              clearTimeout(killTimer);
          };
          child.on("error", (error) => {
            cleanup();
            reject(new CommandError(`Cannot run ${display}: ${error.message}`, display, 127, ""));
          });
          child.on("exit", (code, signal) => {
            void drainOutput(child, display).then(() => {
              outLog.end();
              errLog.end();
              cleanup();
              if (stdoutTruncated)
                log.debug(`Output of "${display}" truncated to ${MAX_STDOUT_BYTES} bytes.`);
              const exitCode = code ?? 128 + signalNumber(signal ?? "SIGKILL");
              const allowed = options2.allowedExitCodes ?? [0];
              if (options2.signal?.aborted) {
                reject(new CommandError(`Cancelled: ${display}`, display, exitCode, stderr));
              } else if (!allowed.includes(exitCode)) {
                const how = signal ? `was killed by ${signal}` : `failed with exit code ${exitCode}`;
                const tail = lastLines(stderr, STDERR_LINES_IN_ERROR);
                const message = `Command ${how}: ${display}${tail ? `
${tail}` : ""}`;
                reject(new CommandError(message, display, exitCode, stderr));
              } else {
                resolve({ command: display, exitCode, stdout, stderr });
              }
            });
          });
        });
      }
      async function drainOutput(child, display) {
        const streams = [child.stdout, child.stderr];
        const closed = Promise.all(streams.map((stream) => new Promise((done) => stream.closed ? done(void 0) : stream.once("close", done))));
        let timer;
        const timedOut = new Promise((done) => timer = setTimeout(() => done("timeout"), OUTPUT_DRAIN_MS));
        const outcome = await Promise.race([closed, timedOut]);
        clearTimeout(timer);
        if (outcome === "timeout") {
          log.debug(`A process started by "${display}" still holds its output; no longer reading it.`);
          streams.forEach((stream) => stream.destroy());
        }
      }
      function envPrefix(env) {
        if (!env)
          return [];
        assertVariableNames(Object.keys(env), "the environment of a host command");
        const pairs = Object.entries(env).map(([name, value]) => `${name}=${value}`);
        return pairs.length > 0 ? ["env", ...pairs] : [];
      }
      function createHostRunner(commandWrapper = DEFAULT_COMMAND_WRAPPER) {
        const direct = isDefaultWrapper(commandWrapper);
        if (!direct)
          wrapCommand(commandWrapper, ["true"]);
        const runner = {
          commandWrapper,
          spawnsDirectly: direct,
          async run(argv, options2 = {}) {
            if (argv.length === 0)
              throw new Error("HostRunner.run: empty command");
            const full = [...envPrefix(options2.env), ...argv];
            if (direct) {
              return execute(full[0], full.slice(1), options2.display ?? (0, shell_quote.quote)(full), options2);
            }
            const locale = options2.userCommand ? [] : ["env", "LC_ALL=C"];
            const wrapped = wrapCommand(commandWrapper, [...locale, ...full]);
            const display = options2.display ?? wrapCommand(commandWrapper, full).display;
            return execute(wrapped.file, wrapped.args, display, options2);
          },
          async shell(script, options2 = {}) {
            return runner.run(["/bin/sh", "-c", script], {
              display: script,
              userCommand: true,
              ...options2
            });
          }
        };
        return runner;
      }
      var external_node_perf_hooks_ = __webpack_require__(643);
      var external_node_http_ = __webpack_require__(7067);
      var external_node_http_default = /* @__PURE__ */ __webpack_require__.n(external_node_http_);
      var external_node_https_ = __webpack_require__(4708);
      var external_node_https_default = /* @__PURE__ */ __webpack_require__.n(external_node_https_);
      ;
      function createAgent(url, options2) {
        if (new URL(url).protocol !== "https:")
          return new (external_node_http_default()).Agent({ keepAlive: true });
        return new (external_node_https_default()).Agent({
          keepAlive: true,
          rejectUnauthorized: options2.rejectUnauthorized,
          ...options2.clientCertificate
        });
      }
      class HttpTimeoutError extends Error {
        code = "ETIMEDOUT";
        constructor(timeoutMs) {
          super(`no answer within ${timeoutMs} ms`);
          this.name = "HttpTimeoutError";
        }
      }
      class RequestNotSentError extends Error {
        constructor(cause) {
          super(cause instanceof Error ? cause.message : String(cause), { cause });
          this.name = "RequestNotSentError";
        }
      }
      function send(url, request) {
        const target = new URL(url);
        const transport = target.protocol === "https:" ? external_node_https_default() : external_node_http_default();
        return new Promise((resolve, reject) => {
          let connected = false;
          const outgoing = transport.request(target, {
            method: request.method,
            headers: request.headers,
            agent: request.agent,
            signal: request.signal
          }, (response) => {
            const chunks = [];
            response.on("data", (chunk) => chunks.push(chunk));
            response.on("error", reject);
            response.on("end", () => resolve({
              status: response.statusCode ?? 0,
              text: Buffer.concat(chunks).toString("utf8")
            }));
          });
          outgoing.setTimeout(request.timeoutMs, () => outgoing.destroy(new HttpTimeoutError(request.timeoutMs)));
          outgoing.on("socket", (socket) => {
            if (!socket.connecting)
              connected = true;
            else
              socket.once(target.protocol === "https:" ? "secureConnect" : "connect", () => {
                connected = true;
              });
          });
          outgoing.on("error", (error) => reject(connected ? error : new RequestNotSentError(error)));
          outgoing.end(request.body);
        });
      }
      var promises_ = __webpack_require__(8500);
      ;
      const realSleep = async (ms, signal) => {
        try {
          await (0, promises_.setTimeout)(ms, void 0, { signal });
        } catch (error) {
          if (signal?.aborted)
            throw signal.reason;
          throw error;
        }
      };
      const systemClock = () => Date.now();
      function formatDuration(ms) {
        if (ms < 1e3)
          return `${Math.round(ms)} ms`;
        const totalSeconds = Math.round(ms / 1e3);
        if (totalSeconds < 60)
          return `${totalSeconds} s`;
        const hours = Math.floor(totalSeconds / 3600);
        const minutes = Math.floor(totalSeconds % 3600 / 60);
        const seconds = totalSeconds % 60;
        const two = (n) => String(n).padStart(2, "0");
        return hours > 0 ? `${hours}h ${two(minutes)}m` : `${minutes}m ${two(seconds)}s`;
      }
      ;
      function isThrottling(failure) {
        return failure.httpStatus === 429 || failure.httpStatus === 503 && failure.code === "6";
      }
      const notFoundCodes = /* @__PURE__ */ new Set(["5007", "5023", "5054", "5063", "5064"]);
      function isNotFound(error) {
        return error instanceof OapiError && (error.httpStatus === 404 || error.code !== void 0 && notFoundCodes.has(error.code));
      }
      function isConflict(error) {
        return error instanceof OapiError && error.httpStatus === 409;
      }
      const tooManyConcurrentSnapshotsCode = "10008";
      function failureFromReply(httpStatus, bodyText) {
        const envelope = parseEnvelope(bodyText);
        const errors = envelope?.Errors ?? [];
        const requestId = envelope?.ResponseContext?.RequestId;
        const requestIdText = requestId ? ` [request id ${requestId}]` : "";
        if (errors.length === 0) {
          const text = bodyText.trim();
          const shown = text === "" ? " (empty response body)" : `: ${truncate(text)}`;
          return { httpStatus, requestId, summary: `HTTP ${httpStatus}${shown}${requestIdText}` };
        }
        const [first] = errors;
        const described = errors.map((e) => {
          const label = [e.Type, e.Code ? `(${e.Code})` : ""].filter(Boolean).join(" ");
          return e.Details ? `${label}: ${e.Details}` : label;
        });
        return {
          httpStatus,
          code: first.Code,
          type: first.Type,
          details: first.Details,
          requestId,
          summary: `HTTP ${httpStatus} ${described.join("; ")}${requestIdText}`
        };
      }
      function failureFromNetworkError(error, url) {
        const notSent = error instanceof RequestNotSentError;
        const cause = rootCause(error);
        const code = typeof cause === "object" && cause !== null ? cause.code : void 0;
        const codeText = typeof code === "string" ? code : "";
        const message = cause instanceof Error ? cause.message : String(cause);
        return {
          summary: `no response from ${url}: ${message}${codeText && !message.includes(codeText) ? ` (${codeText})` : ""}`,
          network: { tlsRefused: isTlsRefusal(codeText), notSent }
        };
      }
      function failureFromBadSuccess(httpStatus, bodyText) {
        const text = bodyText.trim();
        const shown = text === "" ? "an empty body" : `a body that is not a JSON object: ${truncate(text)}`;
        return { httpStatus, summary: `HTTP ${httpStatus} with ${shown}` };
      }
      class OapiError extends Error {
        call;
        httpStatus;
        code;
        type;
        details;
        requestId;
        retryable;
        attempts;
        constructor(init) {
          super(describe(init));
          this.name = "OapiError";
          this.call = init.call;
          this.httpStatus = init.failure.httpStatus;
          this.code = init.failure.code;
          this.type = init.failure.type;
          this.details = init.failure.details;
          this.requestId = init.failure.requestId;
          this.retryable = init.retryable;
          this.attempts = init.attempts;
        }
      }
      function describe(init) {
        const parts = [`${init.call} failed: ${init.failure.summary}.`];
        const elapsed = formatDuration(init.elapsedMs);
        if (init.gaveUp === "attempts") {
          parts.push(`Gave up after ${init.attempts} attempts (the maximum) in ${elapsed}.`);
        } else if (init.gaveUp === "time") {
          parts.push(`Gave up after ${init.attempts} attempt${init.attempts === 1 ? "" : "s"} in ${elapsed}: the time allowed for retries is used up.`);
        } else if (init.attempts > 1) {
          parts.push(`(attempt ${init.attempts}, after ${elapsed} of retries)`);
        }
        const hint = hintFor(init);
        if (hint)
          parts.push(hint);
        return parts.join(" ");
      }
      function hintFor(init) {
        const { failure, call, idempotent } = init;
        if (failure.httpStatus === 401 && (failure.code === "11" || failure.code === "13")) {
          return "Outscale has locked this access key after repeated bad signatures; wait for the lock to expire (a few minutes) and check the secret key before trying again.";
        }
        if (failure.httpStatus === 401 || failure.httpStatus === 403) {
          return `Check the access key and secret key (inputs access_key/secret_key, or OSC_ACCESS_KEY/OSC_SECRET_KEY), that region "${init.region}" is the account's region and matches the endpoint, and that this machine's clock is right (Outscale refuses requests more than 5 minutes off).`;
        }
        if (isThrottling(failure)) {
          return "Outscale is throttling requests (HTTP 429 codes 24/25 per account, 503 code 6 for the whole platform). Wait a little and run the build again, or run fewer builds at once with this account.";
        }
        if (failure.network && /ALERT_(CERTIFICATE_REQUIRED|UNKNOWN_CA|BAD_CERTIFICATE)/.test(failure.summary)) {
          return "The endpoint wants a TLS client certificate it trusts: set x509_cert_path and x509_key_path (or OSC_X509_CLIENT_CERT and OSC_X509_CLIENT_KEY) to one it accepts.";
        }
        if (failure.network?.tlsRefused) {
          return "The endpoint's TLS certificate was refused. Fix the certificate (or the endpoint URL); only for a test endpoint, set insecure_skip_tls_verify: true.";
        }
        if (failure.httpStatus === 409) {
          return `Outscale answered that the resource is not in a state that allows ${call} (a conflict, HTTP 409): the call was not sent again, since the same request gets the same answer.`;
        }
        const transient = failure.network !== void 0 || (failure.httpStatus ?? 0) >= 500;
        if (transient && !idempotent) {
          return `${call} is not idempotent, so it was not retried: the request may or may not have taken effect. Check the account for a resource it may have created before running again.`;
        }
        return void 0;
      }
      function parseEnvelope(bodyText) {
        try {
          const parsed = JSON.parse(bodyText);
          return typeof parsed === "object" && parsed !== null ? parsed : void 0;
        } catch {
          return void 0;
        }
      }
      function rootCause(error) {
        let current = error;
        for (let depth = 0; depth < 5; depth++) {
          const cause = current?.cause;
          if (cause === void 0 || cause === null)
            break;
          current = cause;
        }
        return current;
      }
      function isTlsRefusal(code) {
        return /CERT|SELF_SIGNED|^ERR_TLS_|UNABLE_TO_VERIFY/.test(code);
      }
      function truncate(text, max = 300) {
        const oneLine = text.replace(/\s+/g, " ");
        return oneLine.length > max ? `${oneLine.slice(0, max)}\u2026` : oneLine;
      }
      ;
      const defaultRetryPolicy = {
        maxAttempts: 8,
        maxTotalMs: 12e4,
        baseDelayMs: 500,
        maxDelayMs: 1e4
      };
      const clientTokenCalls = /* @__PURE__ */ new Set([
        "CreateVolume",
        "CreateSnapshot"
      ]);
      function isIdempotent(call, body) {
        if (call.startsWith("Read"))
          return true;
        const token = body.ClientToken;
        return clientTokenCalls.has(call) && typeof token === "string" && token !== "";
      }
      const hasOapiCode = (failure) => failure.code !== void 0 && failure.code !== "";
      const isServerError = (failure) => (failure.httpStatus ?? 0) >= 500;
      const retryRules = [
        {
          answer: "429 (codes 24, 25: too many requests)",
          matches: (f) => f.httpStatus === 429,
          resend: "any call",
          why: "throttling refuses the request before it runs"
        },
        {
          answer: "503 code 6 (RequestLimitExceeded)",
          matches: (f) => f.httpStatus === 503 && f.code === "6",
          resend: "any call",
          why: "throttling of the whole platform refuses the request before it runs"
        },
        {
          answer: "409 (ResourceConflict, InvalidState)",
          matches: (f) => f.httpStatus === 409,
          resend: "never",
          why: "an answer about the state of a resource: waiting reads the resource instead"
        },
        {
          answer: "503 with an OAPI error code other than 6",
          matches: (f) => f.httpStatus === 503 && hasOapiCode(f),
          resend: "never",
          why: "the API itself says it will not serve this request now (not throttling)"
        },
        {
          answer: "5xx otherwise (a gateway page, an empty body, an internal error)",
          matches: isServerError,
          resend: "idempotent calls",
          why: "the request may have been passed on: a write may have taken effect"
        },
        {
          answer: "TLS certificate refused",
          matches: (f) => f.network?.tlsRefused === true,
          resend: "never",
          why: "the certificate will not change between attempts"
        },
        {
          answer: "no connection (refused, name not resolved, network unreachable)",
          matches: (f) => f.network?.notSent === true,
          resend: "any call",
          why: "the request provably never reached the server"
        },
        {
          answer: "connection lost or timed out after the request may have been sent",
          matches: (f) => f.network !== void 0,
          resend: "idempotent calls",
          why: "a write may have taken effect"
        },
        {
          answer: "any other answer (4xx: a bad request, missing resource, quota, credentials)",
          matches: () => true,
          resend: "never",
          why: "the same request gets the same answer"
        }
      ];
      function retryRuleFor(failure) {
        return retryRules.find((rule) => rule.matches(failure));
      }
      function isRetryable(failure, idempotent) {
        const { resend } = retryRuleFor(failure);
        return resend === "any call" || resend === "idempotent calls" && idempotent;
      }
      function backoffDelayMs(retry, policy, random) {
        const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
        return Math.floor(random() * cap);
      }
      function retryBudgetSpent(attempts2, elapsedAtNextMs, policy) {
        if (attempts2 >= policy.maxAttempts)
          return "attempts";
        if (elapsedAtNextMs > policy.maxTotalMs)
          return "time";
        return void 0;
      }
      var aws4 = __webpack_require__(8832);
      var aws4_default = /* @__PURE__ */ __webpack_require__.n(aws4);
      ;
      const signingService = "api";
      async function signRequest(input) {
        const url = new URL(input.url);
        const datetime = amzDate(input.date);
        const signer = new (aws4_default()).RequestSigner({
          method: "POST",
          // URL.host carries the port unless it is the scheme's default, as node:http's Host does.
          host: url.host,
          path: url.pathname + url.search,
          headers: { "Content-Type": "application/json", "X-Amz-Date": datetime },
          body: input.body,
          service: signingService,
          region: input.region,
          doNotModifyHeaders: true
        }, { accessKeyId: input.accessKey, secretAccessKey: input.secretKey });
        signer.datetime = datetime;
        const signed = signer.sign().headers;
        return {
          "content-type": signed["Content-Type"],
          "x-amz-date": signed["X-Amz-Date"],
          authorization: signed.Authorization
        };
      }
      function amzDate(date) {
        return date.toISOString().replace(/[-:]|\.\d{3}/g, "");
      }
      ;
      const defaultRequestTimeoutMs = 3e4;
      const defaultUserAgent = "osc-chroot";
      class OapiClient {
        endpoint;
        region;
        #accessKey;
        #secretKey;
        #retry;
        #agent;
        #timeoutMs;
        #userAgent;
        #onRequest;
        #sleep;
        #now;
        #random;
        constructor(options2) {
          this.endpoint = checkedEndpoint(options2.endpoint);
          if (options2.region.trim() === "") {
            throw new Error("The OAPI client needs a region: requests are signed for one region.");
          }
          this.region = options2.region;
          this.#accessKey = options2.accessKey;
          this.#secretKey = options2.secretKey;
          this.#retry = { ...defaultRetryPolicy, ...options2.retry };
          this.#userAgent = options2.userAgent ?? defaultUserAgent;
          this.#onRequest = options2.onRequest;
          this.#sleep = options2.sleep ?? realSleep;
          this.#now = options2.now ?? systemClock;
          this.#random = options2.random ?? Math.random;
          const timeout = options2.requestTimeoutMs ?? defaultRequestTimeoutMs;
          const verifyTls = options2.insecureSkipTlsVerify !== true;
          if (!verifyTls) {
            log.warning(`insecure_skip_tls_verify is on: the TLS certificate of ${this.endpoint} is not checked, so the credentials and every reply can be intercepted. Use it only for a test endpoint.`);
          }
          this.#agent = createAgent(this.endpoint, {
            rejectUnauthorized: verifyTls,
            clientCertificate: readClientCertificate(this.endpoint, options2.clientCertificate)
          });
          this.#timeoutMs = timeout;
        }
        /** Closes the client's connections. The client must not be used afterwards. */
        async close() {
          this.#agent.destroy();
        }
        /**
         * Sends one call, retrying as retry.ts allows. CreateVolume and CreateSnapshot get a
         * ClientToken when the body has none, generated once and reused by every retry, which makes
         * them safe to send again. Throws OapiError, or the signal's reason when it aborts.
         */
        async call(name, body, signal) {
          const sentBody = withClientToken(name, body);
          const json = JSON.stringify(sentBody);
          const idempotent = isIdempotent(name, sentBody);
          const startedAt = this.#now();
          for (let attempt = 1; ; attempt++) {
            signal?.throwIfAborted();
            const outcome = await this.#send(name, json, signal);
            if (outcome.ok)
              return outcome.response;
            const { failure } = outcome;
            const retryable = isRetryable(failure, idempotent);
            const delayMs = backoffDelayMs(attempt, this.#retry, this.#random);
            const elapsedMs = this.#now() - startedAt;
            const budgetSpent = retryable ? retryBudgetSpent(attempt, elapsedMs + delayMs, this.#retry) : void 0;
            if (!retryable || budgetSpent) {
              throw new OapiError({
                call: name,
                failure,
                retryable,
                gaveUp: budgetSpent,
                attempts: attempt,
                elapsedMs,
                idempotent,
                region: this.region
              });
            }
            log.debug(`OAPI ${name}: ${failure.summary}; retrying in ${delayMs} ms (attempt ${attempt + 1})`);
            await this.#sleep(delayMs, signal);
          }
        }
        /** One HTTP request: sign, send, read, decode. Network errors become failures, not throws. */
        async #send(name, json, signal) {
          const url = `${this.endpoint}/${name}`;
          const headers = await signRequest({
            url,
            body: json,
            region: this.region,
            accessKey: this.#accessKey,
            secretKey: this.#secretKey,
            date: new Date(this.#now())
          });
          headers["user-agent"] = this.#userAgent;
          this.#onRequest?.(name);
          const started = external_node_perf_hooks_.performance.now();
          let status;
          let text;
          try {
            const reply = await send(url, {
              method: "POST",
              headers,
              body: json,
              agent: this.#agent,
              timeoutMs: this.#timeoutMs,
              signal
            });
            status = reply.status;
            text = reply.text;
          } catch (error) {
            if (signal?.aborted)
              throw signal.reason;
            const failure = failureFromNetworkError(error, url);
            log.debug(`OAPI ${name}: ${failure.summary} after ${elapsedSince(started)}`);
            return { ok: false, failure };
          }
          if (status < 200 || status > 299) {
            const failure = failureFromReply(status, text);
            log.debug(`OAPI ${name}: ${failure.summary} in ${elapsedSince(started)}`);
            return { ok: false, failure };
          }
          const parsed = parseObject(text);
          if (parsed === void 0)
            return { ok: false, failure: failureFromBadSuccess(status, text) };
          const requestId = parsed.ResponseContext?.RequestId ?? "none";
          log.debug(`OAPI ${name}: HTTP ${status} in ${elapsedSince(started)} (request id ${requestId})`);
          return { ok: true, response: parsed };
        }
        /** Calls a Read* operation page after page, sending each NextPageToken back with the same filters. */
        async #readAllPages(name, filters, itemsOf, signal) {
          const items = [];
          let token;
          do {
            const body = { Filters: filters, NextPageToken: token };
            const page = await this.call(name, body, signal);
            items.push(...itemsOf(page) ?? []);
            const next = page.NextPageToken || void 0;
            if (next !== void 0 && next === token) {
              throw new Error(`${name} returned the same NextPageToken twice; stopping to avoid a loop.`);
            }
            token = next;
          } while (token !== void 0);
          return items;
        }
        // ----------------------------------------------------------------------- reads (all pages)
        readVms(filters, signal) {
          return this.#readAllPages("ReadVms", filters, (page) => page.Vms, signal);
        }
        readImages(filters, signal) {
          return this.#readAllPages("ReadImages", filters, (page) => page.Images, signal);
        }
        readSnapshots(filters, signal) {
          return this.#readAllPages("ReadSnapshots", filters, (page) => page.Snapshots, signal);
        }
        readVolumes(filters, signal) {
          return this.#readAllPages("ReadVolumes", filters, (page) => page.Volumes, signal);
        }
        readSubregions(filters, signal) {
          return this.#readAllPages("ReadSubregions", filters, (page) => page.Subregions, signal);
        }
        async readAccounts(signal) {
          return (await this.call("ReadAccounts", {}, signal)).Accounts ?? [];
        }
        async readRegions(signal) {
          return (await this.call("ReadRegions", {}, signal)).Regions ?? [];
        }
        // ----------------------------------------------------------------------- writes
        async createVolume(request, signal) {
          return (await this.call("CreateVolume", request, signal)).Volume;
        }
        async linkVolume(request, signal) {
          await this.call("LinkVolume", request, signal);
        }
        async unlinkVolume(request, signal) {
          await this.call("UnlinkVolume", request, signal);
        }
        async deleteVolume(request, signal) {
          await this.call("DeleteVolume", request, signal);
        }
        async createSnapshot(request, signal) {
          return (await this.call("CreateSnapshot", request, signal)).Snapshot;
        }
        async deleteSnapshot(request, signal) {
          await this.call("DeleteSnapshot", request, signal);
        }
        async updateSnapshot(request, signal) {
          return (await this.call("UpdateSnapshot", request, signal)).Snapshot;
        }
        /** Registers an OMI from a snapshot, or copies one (SourceImageId + SourceRegionName). */
        async createImage(request, signal) {
          return (await this.call("CreateImage", request, signal)).Image;
        }
        async deleteImage(request, signal) {
          await this.call("DeleteImage", request, signal);
        }
        async updateImage(request, signal) {
          return (await this.call("UpdateImage", request, signal)).Image;
        }
        async createTags(request, signal) {
          await this.call("CreateTags", request, signal);
        }
        async deleteTags(request, signal) {
          await this.call("DeleteTags", request, signal);
        }
      }
      function toResourceTags(tags) {
        return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
      }
      function withClientToken(name, body) {
        const token = body.ClientToken;
        if (!clientTokenCalls.has(name) || typeof token === "string" && token !== "")
          return body;
        return { ...body, ClientToken: (0, external_node_crypto_.randomUUID)() };
      }
      function checkedEndpoint(endpoint) {
        let url;
        try {
          url = new URL(endpoint);
        } catch {
          throw new Error(`The OAPI endpoint "${endpoint}" is not a URL; build it with resolveEndpoint().`);
        }
        if (url.protocol !== "https:" && url.protocol !== "http:") {
          throw new Error(`The OAPI endpoint "${endpoint}" must use http:// or https://.`);
        }
        return endpoint.replace(/\/+$/, "");
      }
      function parseObject(text) {
        try {
          const parsed = JSON.parse(text);
          return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
        } catch {
          return void 0;
        }
      }
      function elapsedSince(startedMs) {
        return `${Math.round(external_node_perf_hooks_.performance.now() - startedMs)} ms`;
      }
      function readClientCertificate(endpoint, files) {
        if (files === void 0)
          return void 0;
        if (new URL(endpoint).protocol !== "https:") {
          log.warning(`x509_cert_path is set but ${endpoint} is not https: the client certificate is not used.`);
          return void 0;
        }
        const read = (option, path) => {
          try {
            return (0, external_node_fs_.readFileSync)(path);
          } catch (error) {
            const reason = error.code ?? "unreadable";
            throw new Error(`${option} ${JSON.stringify(path)} cannot be read (${reason}).`, {
              cause: error
            });
          }
        };
        return {
          cert: read("x509_cert_path", files.certPath),
          key: read("x509_key_path", files.keyPath)
        };
      }
      ;
      const userAgent = "osc-chroot";
      function createOapiClient(settings, target, onRequest) {
        return new OapiClient({
          endpoint: target.endpoint,
          region: target.region,
          accessKey: settings.credentials.accessKey,
          secretKey: settings.credentials.secretKey,
          insecureSkipTlsVerify: settings.insecureSkipTlsVerify,
          clientCertificate: settings.clientCertificate,
          userAgent,
          onRequest
        });
      }
      ;
      const API_PATH = "/api/v1";
      const PACKER_LEGACY_PATH = "/oapi/latest";
      function resolveEndpoint(region, customEndpointOapi) {
        const value = customEndpointOapi.trim();
        if (value === "")
          return `https://${apiHost(region, "outscale.com", value)}${API_PATH}`;
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
          return withApiPath(parseUrl(value, value));
        const slash = value.indexOf("/");
        const host = slash === -1 ? value : value.slice(0, slash);
        const path = slash === -1 ? "" : value.slice(slash);
        if (isHostName(host))
          return withApiPath(parseUrl(`https://${value}`, value));
        const packerPath = path === "" || stripSlash(path) === PACKER_LEGACY_PATH ? API_PATH : path;
        return withApiPath(parseUrl(`https://${apiHost(region, host, value)}${packerPath}`, value));
      }
      function apiHost(region, domain, input) {
        if (region.trim() === "") {
          const shown = input === "" ? "the default endpoint" : `custom_endpoint_oapi "${input}"`;
          throw new Error(`The OAPI endpoint cannot be built: ${shown} needs a region (api.<region>.${domain}). Set the region input (or OSC_REGION), or give custom_endpoint_oapi as a full URL.`);
        }
        return `api.${region.trim()}.${domain}`;
      }
      function isHostName(host) {
        const name = host.replace(/:\d+$/, "");
        return name.startsWith("api.") || name === "localhost" || /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.startsWith("[");
      }
      function parseUrl(candidate2, input) {
        let url;
        try {
          url = new URL(candidate2);
        } catch {
          throw new Error(`custom_endpoint_oapi "${input}" is not a valid URL or domain. Use a URL such as https://api.eu-west-2.outscale.com/api/v1 or a domain such as outscale.com.`);
        }
        if (url.protocol !== "https:" && url.protocol !== "http:") {
          throw new Error(`custom_endpoint_oapi "${input}" must use http:// or https://.`);
        }
        if (url.search !== "" || url.hash !== "") {
          throw new Error(`custom_endpoint_oapi "${input}" must not have a query string or fragment.`);
        }
        return url;
      }
      function withApiPath(url) {
        const path = stripSlash(url.pathname);
        return `${url.protocol}//${url.host}${path === "" ? API_PATH : path}`;
      }
      function stripSlash(path) {
        return path.replace(/\/+$/, "");
      }
      var external_node_fs_promises_ = __webpack_require__(1455);
      ;
      const samplesPerKind = 8;
      const maxKinds = 16;
      const maxFileBytes = 16 * 1024;
      const maxSampleMs = 24 * 3600 * 1e3;
      function validSample(value) {
        if (typeof value !== "object" || value === null)
          return false;
        const { lowMs, highMs } = value;
        return typeof lowMs === "number" && typeof highMs === "number" && Number.isFinite(lowMs) && Number.isFinite(highMs) && lowMs >= 0 && lowMs <= highMs && highMs <= maxSampleMs;
      }
      function parseSamples(text) {
        let parsed;
        try {
          parsed = JSON.parse(text);
        } catch {
          return {};
        }
        if (typeof parsed !== "object" || parsed === null)
          return {};
        const { version, kinds } = parsed;
        if (version !== 1)
          return {};
        if (typeof kinds !== "object" || kinds === null || Array.isArray(kinds))
          return {};
        const samples = {};
        for (const [kind, list] of Object.entries(kinds).slice(-maxKinds)) {
          if (!Array.isArray(list))
            continue;
          const valid = list.filter(validSample).slice(-samplesPerKind);
          if (valid.length > 0)
            samples[kind] = valid.map(({ lowMs, highMs }) => ({ lowMs, highMs }));
        }
        return samples;
      }
      function withSample(samples, kind, sample) {
        const rest = Object.entries(samples).filter(([name]) => name !== kind);
        const list = [...samples[kind] ?? [], sample].slice(-samplesPerKind);
        return Object.fromEntries([...rest, [kind, list]].slice(-maxKinds));
      }
      async function readOwnFile(file) {
        try {
          const stats = await (0, external_node_fs_promises_.lstat)(file);
          if (!stats.isFile() || stats.size > maxFileBytes)
            return {};
          if (process.getuid && stats.uid !== process.getuid())
            return {};
          return parseSamples(await (0, external_node_fs_promises_.readFile)(file, "utf8"));
        } catch {
          return {};
        }
      }
      class FileDurationStore {
        file;
        loaded;
        constructor(file) {
          this.file = file;
        }
        async recent(kind) {
          this.loaded ??= readOwnFile(this.file);
          return (await this.loaded)[kind] ?? [];
        }
        async record(kind, sample) {
          const samples = withSample(await readOwnFile(this.file), kind, sample);
          this.loaded = Promise.resolve(samples);
          const directory = (0, external_node_path_.join)(this.file, "..");
          const temporary = `${this.file}.${(0, external_node_crypto_.randomBytes)(6).toString("hex")}.tmp`;
          try {
            await (0, external_node_fs_promises_.mkdir)(directory, { recursive: true, mode: 448 });
            await (0, external_node_fs_promises_.writeFile)(temporary, JSON.stringify({ version: 1, kinds: samples }), {
              mode: 384,
              flag: "wx"
            });
            await (0, external_node_fs_promises_.rename)(temporary, this.file);
          } catch {
            await (0, external_node_fs_promises_.rm)(temporary, { force: true }).catch(() => void 0);
          }
        }
      }
      class MemoryDurationStore {
        samples = {};
        async recent(kind) {
          return this.samples[kind] ?? [];
        }
        async record(kind, sample) {
          this.samples = withSample(this.samples, kind, sample);
        }
      }
      let runnerStore;
      function runnerDurationStore(env = process.env) {
        const toolCache = env.RUNNER_TOOL_CACHE?.trim();
        if (!toolCache)
          return void 0;
        if (runnerStore?.toolCache !== toolCache) {
          const file = (0, external_node_path_.join)(toolCache, "osc-chroot", "durations.json");
          runnerStore = { toolCache, store: new FileDurationStore(file) };
        }
        return runnerStore.store;
      }
      ;
      const adaptivePolling = {
        firstReadMs: 1e3,
        initialMs: 800,
        maxMs: 5e3,
        factor: 1.1,
        followProgress: true,
        learnDurations: true
      };
      const quickPolling = { initialMs: 250, maxMs: 5e3, factor: 1.5 };
      const packerPolling = { initialMs: 2e3, maxMs: 2e3, factor: 1 };
      function pollPolicyFromEnv(env = process.env) {
        const value = (env.OSC_CHROOT_POLL_POLICY ?? "").trim().toLowerCase();
        if (value === "" || value === "adaptive")
          return adaptivePolling;
        if (value === "packer")
          return packerPolling;
        throw new Error(`OSC_CHROOT_POLL_POLICY="${env.OSC_CHROOT_POLL_POLICY}" is not a polling policy: use "adaptive" (the default) or "packer".`);
      }
      const learnedWindowReads = 4;
      const learnedLagMs = 300;
      const learnedSpread = 0.2;
      function estimatedEndMs(sample) {
        if (sample.lowMs > 0)
          return (sample.lowMs + sample.highMs) / 2;
        return Math.max(sample.highMs - learnedLagMs, sample.highMs / 2);
      }
      function learnedWindow(samples) {
        if (samples.length === 0)
          return void 0;
        const ends = samples.map(estimatedEndMs);
        const typical = median(ends);
        const middle = (Math.min(...ends) + Math.max(...ends)) / 2;
        const halfSpread = Math.max(Math.max(...ends) - middle, typical * learnedSpread / 2);
        const earliestEnd = Math.max(middle - halfSpread, typical / 2);
        const latestEnd = Math.max(Math.min(middle + halfSpread, typical * 2), earliestEnd);
        const stepMs = Math.max(learnedLagMs, (latestEnd - earliestEnd) / learnedWindowReads);
        const firstReadMs = Math.max(Math.min(earliestEnd + stepMs, latestEnd - stepMs * (learnedWindowReads - 1)), earliestEnd, minimumReadAheadMs);
        return { firstReadMs, stepMs, reads: learnedWindowReads };
      }
      function median(values) {
        const sorted = [...values].sort((a, b) => a - b);
        const middle = Math.floor(sorted.length / 2);
        return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
      }
      class WaitError extends Error {
        reason;
        phase;
        /** The last state read, or undefined if the resource was never seen. */
        lastState;
        elapsedMs;
        constructor(message, details) {
          super(message);
          this.name = "WaitError";
          this.reason = details.reason;
          this.phase = details.phase;
          this.lastState = details.lastState;
          this.elapsedMs = details.elapsedMs;
        }
      }
      async function waitFor(options2) {
        const policy = options2.policy ?? quickPolling;
        const sleep = options2.sleep ?? realSleep;
        const now = options2.now ?? systemClock;
        const { signal, phase, what } = options2;
        const timeoutMs = options2.timeoutSeconds * 1e3;
        const startedAt = options2.startedAt ?? now();
        const progressRate = new ProgressRate();
        const durations = policy.learnDurations && options2.learnAs ? options2.durations : void 0;
        const window = durations && learnedWindow(await durations.recent(options2.learnAs ?? ""));
        let windowReadsLeft = window?.reads ?? 0;
        let lastState;
        let delayMs = policy.initialMs;
        let notDoneAtMs = 0;
        let readNow = options2.readNow;
        const pause = async (ms) => {
          if (!readNow)
            return sleep(ms, signal);
          const woken = new AbortController();
          void readNow.then(() => woken.abort(), () => void 0);
          try {
            await sleep(ms, signal ? AbortSignal.any([signal, woken.signal]) : woken.signal);
          } catch (error) {
            if (signal?.aborted || !woken.signal.aborted)
              throw error;
            readNow = void 0;
          }
        };
        const firstReadMs = window?.firstReadMs ?? policy.firstReadMs ?? 0;
        const untilFirstReadMs = Math.min(firstReadMs, timeoutMs) - (now() - startedAt);
        if (untilFirstReadMs > 0)
          await pause(untilFirstReadMs);
        for (; ; ) {
          signal?.throwIfAborted();
          const readAtMs = now() - startedAt;
          const resource = await options2.read();
          signal?.throwIfAborted();
          const elapsedMs = now() - startedAt;
          windowReadsLeft--;
          if (resource === void 0) {
            if (elapsedMs >= (options2.notFoundGraceMs ?? 0)) {
              const seen = lastState === void 0 ? "" : ` (it was ${lastState} before)`;
              throw new WaitError(`Stopped waiting for ${what}: it was not found after ${formatDuration(elapsedMs)}${seen}. It was deleted, or never existed.`, { reason: "not-found", phase, lastState, elapsedMs });
            }
          } else {
            lastState = options2.state(resource);
            const progress = options2.progress?.(resource);
            options2.onProgress?.({ elapsedMs, state: lastState, progress });
            progressRate.observe(elapsedMs, progress);
            const failure = options2.failed(resource);
            if (failure !== void 0) {
              throw new WaitError(`Stopped waiting for ${what}: ${failure} (state ${lastState}, after ${formatDuration(elapsedMs)}).`, { reason: "failed", phase, lastState, elapsedMs });
            }
            if (options2.done(resource)) {
              await durations?.record(options2.learnAs ?? "", { lowMs: notDoneAtMs, highMs: readAtMs });
              return resource;
            }
          }
          notDoneAtMs = readAtMs;
          if (elapsedMs >= timeoutMs) {
            throw new WaitError(`Timed out after ${formatDuration(elapsedMs)} waiting for ${what} (last state: ${lastState ?? "not found"}). If this is only slow, raise "${phase}" in the timeouts input (now ${options2.timeoutSeconds} s).`, { reason: "timeout", phase, lastState, elapsedMs });
          }
          const untilDoneMs = policy.followProgress ? progressRate.msUntilComplete() : void 0;
          let nextMs;
          if (untilDoneMs !== void 0)
            nextMs = readAheadOf(untilDoneMs, policy);
          else if (window && windowReadsLeft > 0)
            nextMs = window.stepMs;
          else {
            nextMs = delayMs;
            delayMs = Math.min(delayMs * policy.factor, policy.maxMs);
          }
          const untilNextMs = Math.min(readAtMs + nextMs, timeoutMs) - elapsedMs;
          if (untilNextMs > 0)
            await pause(untilNextMs);
        }
      }
      const minimumReadAheadMs = 250;
      function readAheadOf(untilDoneMs, policy) {
        const step = untilDoneMs > 2 * policy.maxMs ? untilDoneMs / 2 : untilDoneMs;
        return Math.max(step, minimumReadAheadMs);
      }
      const progressBaselineMs = 2e3;
      class ProgressRate {
        first;
        latest;
        observe(elapsedMs, percent) {
          if (percent === void 0 || percent <= 0)
            return;
          const reading = { elapsedMs, percent };
          this.first ??= reading;
          this.latest = reading;
        }
        /** Undefined until two reads progressBaselineMs apart have shown it move. */
        msUntilComplete() {
          const { first, latest } = this;
          if (!first || !latest || latest.percent <= first.percent)
            return void 0;
          if (latest.elapsedMs - first.elapsedMs < progressBaselineMs)
            return void 0;
          const percentPerMs = (latest.percent - first.percent) / (latest.elapsedMs - first.elapsedMs);
          return Math.max(0, (100 - latest.percent) / percentPerMs);
        }
      }
      const defaultNotFoundGraceMs = 1e4;
      function pollingOptions(options2, learnAs) {
        return {
          ...options2,
          notFoundGraceMs: options2.notFoundGraceMs ?? defaultNotFoundGraceMs,
          learnAs: options2.learnAs ?? learnAs,
          durations: options2.durations ?? runnerDurationStore()
        };
      }
      async function readVolume(client, volumeId, signal) {
        const volumes = await client.readVolumes({ VolumeIds: [volumeId] }, signal);
        return volumes.find((volume2) => volume2.VolumeId === volumeId);
      }
      async function readSnapshot(client, snapshotId, signal) {
        const snapshots = await client.readSnapshots({ SnapshotIds: [snapshotId] }, signal);
        return snapshots.find((snapshot2) => snapshot2.SnapshotId === snapshotId);
      }
      async function readImage(client, imageId, signal) {
        const images = await client.readImages({ ImageIds: [imageId] }, signal);
        return images.find((image) => image.ImageId === imageId);
      }
      function volumeFailure(volume2) {
        if (volume2.State === "error")
          return "the volume went to state error";
        if (volume2.State === "deleting")
          return "the volume is being deleted";
        return void 0;
      }
      function activeLinks(volume2) {
        return (volume2.LinkedVolumes ?? []).filter((link) => link.State !== "detached");
      }
      function waitForVolumeAvailable(client, volumeId, options2) {
        return waitFor({
          ...pollingOptions(options2, "volume-available"),
          what: `volume ${volumeId} to be available`,
          phase: "volume",
          read: () => readVolume(client, volumeId, options2.signal),
          state: (volume2) => volume2.State,
          done: (volume2) => volume2.State === "available",
          failed: volumeFailure
        });
      }
      function waitForVolumeLinked(client, volumeId, vmId, options2) {
        const linkTo = (volume2) => volume2.LinkedVolumes?.find((link) => link.VmId === vmId);
        return waitFor({
          ...pollingOptions(options2, "volume-linked"),
          what: `volume ${volumeId} to be linked to VM ${vmId}`,
          phase: "link",
          read: () => readVolume(client, volumeId, options2.signal),
          state: (volume2) => `${volume2.State}, link ${linkTo(volume2)?.State ?? "not listed yet"}`,
          done: (volume2) => volume2.State === "in-use" && linkTo(volume2)?.State === "attached",
          failed: (volume2) => {
            const other = activeLinks(volume2).find((link) => link.VmId !== vmId);
            if (other)
              return `the volume is linked to another VM (${other.VmId})`;
            return volumeFailure(volume2);
          }
        });
      }
      function waitForVolumeUnlinked(client, volumeId, options2) {
        return waitFor({
          ...pollingOptions(options2, "volume-unlinked"),
          what: `volume ${volumeId} to be unlinked`,
          phase: "link",
          read: () => readVolume(client, volumeId, options2.signal),
          state: (volume2) => {
            const link = activeLinks(volume2)[0];
            return link ? `${volume2.State}, link ${link.State ?? "unknown"}` : volume2.State;
          },
          done: (volume2) => volume2.State === "available" && activeLinks(volume2).length === 0,
          failed: volumeFailure
        });
      }
      function waitForSnapshotCompleted(client, snapshotId, options2) {
        return waitFor({
          ...pollingOptions(options2, "snapshot-completed"),
          what: `snapshot ${snapshotId} to be completed`,
          phase: "snapshot",
          read: () => readSnapshot(client, snapshotId, options2.signal),
          state: (snapshot2) => snapshot2.State,
          done: (snapshot2) => snapshot2.State === "completed",
          failed: (snapshot2) => {
            if (snapshot2.State === "error")
              return "the snapshot went to state error";
            if (snapshot2.State === "deleting")
              return "the snapshot is being deleted";
            return void 0;
          },
          progress: (snapshot2) => snapshot2.Progress
        });
      }
      function waitForImageAvailable(client, imageId, options2) {
        return waitFor({
          ...pollingOptions(options2, "omi-available"),
          what: `OMI ${imageId} to be available`,
          phase: "omi",
          read: () => readImage(client, imageId, options2.signal),
          state: (image) => image.State,
          done: (image) => image.State === "available",
          failed: (image) => {
            if (image.State !== "failed")
              return void 0;
            const comment = [image.StateComment?.StateCode, image.StateComment?.StateMessage].filter(Boolean).join(": ");
            return comment ? `the OMI failed: ${comment}` : "the OMI failed (no reason given)";
          }
        });
      }
      ;
      const defaultMetadataEndpoint = "http://169.254.169.254";
      const defaultTimeoutMs = 2e3;
      const attempts = 2;
      async function readVmIdentity(options2 = {}) {
        const base = (options2.endpoint || process.env.OSC_METADATA_ENDPOINT || defaultMetadataEndpoint).replace(/\/+$/, "");
        const timeoutMs = options2.timeoutMs ?? defaultTimeoutMs;
        const agent = createAgent(base, { rejectUnauthorized: true });
        try {
          const read = (path) => readText(agent, `${base}/latest/meta-data/${path}`, timeoutMs, options2.signal);
          const vmId = await read("instance-id");
          const subregion = await read("placement/availability-zone");
          if (!/^i-[0-9a-f]+$/.test(vmId)) {
            throw new Error(`The VM metadata service at ${base} returned "${vmId}" as instance-id, which is not a VM ID (i-xxxxxxxx).`);
          }
          if (!/^[a-z0-9-]+[0-9][a-z]$/.test(subregion)) {
            throw new Error(`The VM metadata service at ${base} returned "${subregion}" as availability zone, which is not a Subregion name (a region followed by a letter, e.g. eu-west-2a).`);
          }
          return { vmId, subregion, region: subregion.slice(0, -1) };
        } finally {
          agent.destroy();
        }
      }
      async function readText(agent, url, timeoutMs, signal) {
        let lastProblem = "";
        for (let attempt = 1; attempt <= attempts; attempt++) {
          signal?.throwIfAborted();
          try {
            const reply = await send(url, { method: "GET", agent, timeoutMs, signal });
            const text = reply.text.trim();
            if (reply.status >= 200 && reply.status <= 299)
              return text;
            lastProblem = `HTTP ${reply.status}${text ? `: ${text.slice(0, 200)}` : ""}`;
          } catch (error) {
            if (signal?.aborted)
              throw signal.reason;
            lastProblem = error instanceof HttpTimeoutError ? error.message : metadata_describe(error);
          }
        }
        throw new Error(`cannot reach the VM metadata service at ${url} (${lastProblem}, ${attempts} tries): this action must run on an Outscale VM (a self-hosted runner), because it links a volume to the VM it runs on. OSC_METADATA_ENDPOINT overrides the address (for tests).`);
      }
      function metadata_describe(error) {
        const cause = error.cause ?? error;
        const code = cause.code;
        const message = cause instanceof Error ? cause.message : String(cause);
        return typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message;
      }
      ;
      const firstWaitMs = 1e3;
      const maxWaitMs = 15e3;
      function isWorthWaitingFor(error) {
        return isNotFound(error) || error.retryable;
      }
      async function persist(action, options2) {
        const sleep = options2.sleep ?? realSleep;
        const now = options2.now ?? systemClock;
        const worthWaiting = options2.worthWaiting ?? isWorthWaitingFor;
        const startedAt = now();
        const deadline = startedAt + options2.timeoutSeconds * 1e3;
        let waitMs = firstWaitMs;
        for (let attempt = 1; ; attempt++) {
          options2.signal?.throwIfAborted();
          try {
            return await action();
          } catch (error) {
            if (!(error instanceof OapiError) || !worthWaiting(error))
              throw error;
            const elapsed = now() - startedAt;
            if (now() + waitMs > deadline) {
              error.message += ` Tried ${attempt} time${attempt === 1 ? "" : "s"} in ${formatDuration(elapsed)} while ${options2.what}; raise "${options2.phase}" in the timeouts input to wait longer.`;
              throw error;
            }
            log.info(`${options2.what}: ${error.code ? `code ${error.code}, ` : ""}trying again in ${formatDuration(waitMs)} (${formatDuration(elapsed)} so far, up to ${formatDuration(options2.timeoutSeconds * 1e3)}).`);
            await sleep(waitMs, options2.signal);
            waitMs = Math.min(waitMs * 2, maxWaitMs);
          }
        }
      }
      ;
      ;
      const stepResults = {
        accountId: { what: "the account id", setBy: "StepPrevalidateName" },
        vm: { what: "the runner's VM", setBy: "StepVmInfo" },
        sourceImage: { what: "the source OMI", setBy: "StepSourceOmi" },
        baseImage: { what: "the OMI to make the volume from", setBy: "StepSourceOmi, StepCopySourceOmi" },
        namesInUse: { what: "the device names of the VM's links", setBy: "StepReadDeviceNames" },
        deviceName: { what: "the device name", setBy: "StepLinkVolume" },
        blockDevice: { what: "the block device", setBy: "StepLinkVolume" },
        volume: { what: "the volume", setBy: "StepCreateVolume" },
        mountPath: { what: "the mount path", setBy: "StepMount" },
        snapshot: { what: "the snapshot", setBy: "StepSnapshot" },
        image: { what: "the OMI", setBy: "StepRegisterOmi" },
        rendered: { what: "the rendered templates", setBy: "StepRenderTemplates" }
      };
      class MissingStepResultError extends Error {
        step;
        result;
        constructor(step, result) {
          const { what, setBy } = stepResults[result];
          super(`step ${step} needs ${what} from an earlier step (set by ${setBy}), and none has set it.`);
          this.step = step;
          this.result = result;
          this.name = "MissingStepResultError";
        }
      }
      function need(context, result, step) {
        const value = context[result];
        if (value === void 0)
          throw new MissingStepResultError(step, result);
        return value;
      }
      function newBuildContext(fields2) {
        return {
          ...fields2,
          host: createHostRunner(fields2.config.commandWrapper),
          poll: pollPolicyFromEnv()
        };
      }
      function buildInfoVars(context) {
        const source = context.sourceImage;
        return {
          BuildRegion: context.region,
          SourceOMI: source?.ImageId ?? "",
          SourceOMIName: source?.ImageName ?? "",
          SourceOMITags: Object.fromEntries((source?.Tags ?? []).map((tag) => [tag.Key, tag.Value]))
        };
      }
      function renderMap(map, context, field) {
        const vars = buildInfoVars(context);
        return Object.fromEntries(Object.entries(map).map(([key, value]) => [
          render(key, vars, field),
          render(value, vars, field)
        ]));
      }
      const buildIdTag = "osc-chroot:build-id";
      const createdAtTag = "osc-chroot:created-at";
      function buildTags(context) {
        return { [buildIdTag]: context.buildId, [createdAtTag]: context.startedAt };
      }
      function waitOptions(context, phase) {
        let lastLine = "";
        return {
          timeoutSeconds: context.config.timeouts[phase],
          signal: context.signal,
          policy: context.poll,
          onProgress: (progress) => {
            const percent = progress.progress === void 0 ? "" : ` ${progress.progress}%`;
            const line = `${progress.state}${percent}`;
            if (line !== lastLine) {
              log.info(`  ${line} (${formatDuration(progress.elapsedMs)})`);
              lastLine = line;
            }
          }
        };
      }
      function persistOptions(context, phase, what) {
        return { what, phase, timeoutSeconds: context.config.timeouts[phase], signal: context.signal };
      }
      ;
      function cleanupSettingsOf(config) {
        return {
          commandWrapper: config.commandWrapper,
          killChrootProcesses: config.killChrootProcesses,
          timeouts: config.timeouts,
          insecureSkipTlsVerify: config.insecureSkipTlsVerify,
          accessKey: config.credentials.accessKey,
          profile: config.profile,
          clientCertificate: config.clientCertificate
        };
      }
      const defaultCleanupSettings = {
        commandWrapper: DEFAULT_COMMAND_WRAPPER,
        killChrootProcesses: true,
        timeouts: defaults_defaultTimeouts,
        insecureSkipTlsVerify: false,
        accessKey: "",
        profile: ""
      };
      function cleanupSettingsFrom(recorded) {
        return {
          ...defaultCleanupSettings,
          ...recorded,
          timeouts: { ...defaultTimeouts, ...recorded?.timeouts }
        };
      }
      ;
      class Journal {
        path;
        data;
        constructor(path, init) {
          this.path = path;
          this.data = { entries: [], ...init };
          this.save();
        }
        /** Reopens a journal a killed main step left behind; undefined if there is none. */
        static open(path) {
          let content;
          try {
            content = JSON.parse((0, external_node_fs_.readFileSync)(path, "utf8"));
          } catch {
            return void 0;
          }
          return new Journal(path, content);
        }
        get buildId() {
          return this.data.buildId;
        }
        get region() {
          return this.data.region;
        }
        get endpoint() {
          return this.data.endpoint;
        }
        get cleanup() {
          return this.data.cleanup;
        }
        /** Connection details become known after the journal is opened (the region may come from metadata). */
        setConnection(region, endpoint) {
          this.data.region = region;
          this.data.endpoint = endpoint;
          this.save();
        }
        record(step, resource) {
          const entry = {
            id: this.data.entries.length + 1,
            step,
            resource,
            status: "active"
          };
          this.data.entries.push(entry);
          this.save();
          return entry;
        }
        /** Changes what an active entry holds (e.g. the undo data of copied files once known). */
        update(entry, resource) {
          entry.resource = resource;
          this.save();
        }
        mark(entry, status) {
          entry.status = status;
          this.save();
        }
        /** The journal as one step sees it: what it records carries the step's name. */
        forStep(step) {
          return new StepJournal(this, step);
        }
        /** Active entries, newest first: the order to undo them in. */
        active(kind) {
          return this.data.entries.filter((e) => e.status === "active" && (!kind || e.resource.kind === kind)).reverse();
        }
        entries() {
          return this.data.entries;
        }
        /** Written to a temporary file and renamed, so a kill mid-write never leaves half a journal. */
        save() {
          (0, external_node_fs_.mkdirSync)((0, external_node_path_.dirname)(this.path), { recursive: true, mode: 448 });
          const temporary = `${this.path}.tmp`;
          (0, external_node_fs_.writeFileSync)(temporary, JSON.stringify(this.data, null, 2), { mode: 384 });
          (0, external_node_fs_.renameSync)(temporary, this.path);
        }
      }
      class StepJournal {
        journal;
        step;
        constructor(journal, step) {
          this.journal = journal;
          this.step = step;
        }
        /** Records a resource before the call that makes it (see the top of this file). */
        record(resource) {
          const entry = this.journal.record(this.step, resource);
          let current = resource;
          return {
            entry,
            update: (changes) => {
              current = { ...current, ...changes };
              this.journal.update(entry, current);
            }
          };
        }
        /** Active entries of this kind in the whole journal, newest first. */
        active(kind) {
          return this.journal.active(kind);
        }
      }
      ;
      class CancelledError extends Error {
        constructor(reason = "the build was cancelled") {
          super(reason);
          this.name = "CancelledError";
        }
      }
      function cancellation(signal, step, where) {
        const reason = signal.reason instanceof Error ? signal.reason.message : "the build was cancelled";
        return new CancelledError(`${step}: ${reason} ${where}.`);
      }
      function adviceFor(error) {
        if (error instanceof WaitError && error.reason === "failed") {
          return " Outscale will not recover it: run the build again, and if it fails the same way, give Outscale support the resource id above.";
        }
        return "";
      }
      function runner_elapsedSince(start) {
        return Math.round((performance.now() - start) / 10) / 100;
      }
      function skipped({ name, title }) {
        return { timings: [{ name, title, seconds: 0, status: "skipped" }] };
      }
      async function runOne(step, context, signal) {
        const { name, title } = step;
        if (step.skip?.(context))
          return skipped(step);
        const start = performance.now();
        try {
          await step.run(context);
          return { timings: [{ name, title, seconds: runner_elapsedSince(start), status: "done" }] };
        } catch (caught) {
          const seconds = runner_elapsedSince(start);
          if (signal.aborted) {
            const error2 = cancellation(signal, name, "during this step");
            return {
              timings: [{ name, title, seconds, status: "cancelled" }],
              failure: { outcome: "cancelled", error: error2 }
            };
          }
          const error = caught instanceof Error ? caught : new Error(String(caught));
          const named = error instanceof MissingStepResultError ? "" : `${name}: `;
          error.message = `${named}${error.message}${adviceFor(error)}`;
          return {
            timings: [{ name, title, seconds, status: "failed" }],
            failure: { outcome: "failed", error }
          };
        }
      }
      async function runTogether(group, steps, context, signal) {
        const ran = await log.group(group.title, () => Promise.all(steps.map((step) => runOne(step, context, signal))));
        const failures = ran.flatMap((one) => one.failure ? [one.failure] : []);
        const [first, ...others] = failures;
        for (const other of others)
          log.info(`Also failed: ${other.error.message}`);
        const cancelled = failures.find((failure) => failure.outcome === "cancelled");
        return { timings: ran.flatMap((one) => one.timings), failure: cancelled ?? first };
      }
      function together(title, ...steps) {
        return {
          name: steps.map((step) => step.name).join("+"),
          title,
          together: steps,
          // Run directly (not by runSteps): the same rule, every step awaited, the first one's error.
          run: async (context) => {
            const settled = await Promise.allSettled(steps.map(async (step) => step.skip?.(context) ? void 0 : step.run(context)));
            const failed = settled.find((result) => result.status === "rejected");
            if (failed)
              throw failed.reason;
          }
        };
      }
      async function runSteps(steps, context, signal, cleanup) {
        const timings = [];
        let outcome = "succeeded";
        let error;
        for (const step of steps) {
          if (signal.aborted) {
            outcome = "cancelled";
            error = cancellation(signal, step.name, "before this step started");
            break;
          }
          const ran = step.together ? await runTogether(step, step.together, context, signal) : step.skip?.(context) ? skipped(step) : await log.group(step.title, () => runOne(step, context, signal));
          timings.push(...ran.timings);
          if (ran.failure) {
            outcome = ran.failure.outcome;
            error = ran.failure.error;
            break;
          }
        }
        const start = performance.now();
        try {
          await log.group(outcome === "succeeded" ? "Cleaning up" : `Cleaning up after the build ${outcome}`, () => cleanup(outcome));
          timings.push({
            name: "Cleanup",
            title: "Cleaning up",
            seconds: runner_elapsedSince(start),
            status: "done"
          });
        } catch (caught) {
          const message = caught instanceof Error ? caught.message : String(caught);
          timings.push({
            name: "Cleanup",
            title: "Cleaning up",
            seconds: runner_elapsedSince(start),
            status: "failed"
          });
          if (error) {
            error.message += `
Cleanup also failed: ${message}`;
          } else {
            outcome = "failed";
            error = new Error(`Cleanup: ${message}`);
          }
        }
        return { outcome, error, timings };
      }
      ;
      function fileOperations(runner) {
        return runner.spawnsDirectly ? inProcessFileOperations : programFileOperations(runner);
      }
      function temporaryPrefix(hostPath) {
        return `.${(0, external_node_path_.basename)(hostPath).slice(0, 100)}.osc-chroot-`;
      }
      function parseMode(mode) {
        if (!/^[0-7]{1,5}$/.test(mode) || parseInt(mode, 8) > 4095) {
          throw new Error(`Invalid file mode ${JSON.stringify(mode)}: octal permission bits expected.`);
        }
        return parseInt(mode, 8);
      }
      function errorCode(error) {
        return error?.code;
      }
      const specialTypes = [
        ["isBlockDevice", "block device"],
        ["isCharacterDevice", "character device"],
        ["isFIFO", "fifo"],
        ["isSocket", "socket"]
      ];
      function typeOf(stats) {
        if (stats.isFile())
          return { type: "file" };
        if (stats.isDirectory())
          return { type: "directory" };
        if (stats.isSymbolicLink())
          return { type: "symlink" };
        const special = specialTypes.find(([is]) => stats[is].call(stats));
        return { type: "other", special: special?.[1] ?? "special file" };
      }
      const WRITE_NEW = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW;
      async function createTemporary(hostPath) {
        for (let attempt = 0; ; attempt++) {
          const path = (0, external_node_path_.join)((0, external_node_path_.dirname)(hostPath), temporaryPrefix(hostPath) + (0, external_node_crypto_.randomBytes)(8).toString("hex"));
          try {
            return { path, handle: await (0, external_node_fs_promises_.open)(path, WRITE_NEW, 384) };
          } catch (error) {
            if (errorCode(error) !== "EEXIST" || attempt >= 5)
              throw error;
          }
        }
      }
      function writeSource(handle, source) {
        return handle.writeFile("content" in source ? source.content : (0, external_node_fs_.createReadStream)(source.hostFile));
      }
      const inProcessFileOperations = {
        kind: "in-process",
        async inspect(hostPath) {
          let stats;
          try {
            stats = await (0, external_node_fs_promises_.lstat)(hostPath, { bigint: true });
          } catch (error) {
            if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR")
              return { type: "missing" };
            throw error;
          }
          const info = {
            ...typeOf(stats),
            device: stats.dev.toString(),
            mode: (stats.mode & 4095n).toString(8),
            uid: stats.uid.toString(),
            gid: stats.gid.toString()
          };
          if (info.type === "symlink")
            info.linkTarget = await (0, external_node_fs_promises_.readlink)(hostPath);
          return info;
        },
        async writeByRename(hostPath, source, attributes) {
          const mode = parseMode(attributes.mode);
          const temporary = await createTemporary(hostPath);
          try {
            await writeSource(temporary.handle, source);
            if (attributes.owner) {
              await temporary.handle.chown(Number(attributes.owner.uid), Number(attributes.owner.gid));
            }
            await temporary.handle.chmod(mode);
            await temporary.handle.close();
            await (0, external_node_fs_promises_.rename)(temporary.path, hostPath);
            log.debug(`wrote ${hostPath} by rename (mode ${attributes.mode})`);
          } catch (error) {
            await temporary.handle.close().catch(() => void 0);
            await (0, external_node_fs_promises_.unlink)(temporary.path).catch(() => void 0);
            throw error;
          }
        },
        async rename(from, to) {
          await (0, external_node_fs_promises_.rename)(from, to);
          log.debug(`renamed ${from} to ${to}`);
        },
        async remove(hostPath) {
          try {
            await (0, external_node_fs_promises_.unlink)(hostPath);
            log.debug(`removed ${hostPath}`);
          } catch (error) {
            if (errorCode(error) !== "ENOENT")
              throw error;
          }
        },
        async makeDirectory(hostPath, mode) {
          const bits = parseMode(mode);
          await (0, external_node_fs_promises_.mkdir)(hostPath, { mode: bits & 511 });
          log.debug(`made the directory ${hostPath} (mode ${mode})`);
          const handle = await (0, external_node_fs_promises_.open)(hostPath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_DIRECTORY | external_node_fs_.constants.O_NOFOLLOW);
          try {
            await handle.chmod(bits);
          } finally {
            await handle.close();
          }
        },
        async makeDirectories(hostPath) {
          await (0, external_node_fs_promises_.mkdir)(hostPath, { recursive: true });
        },
        async removeDirectory(hostPath) {
          await (0, external_node_fs_promises_.rmdir)(hostPath);
        }
      };
      const findTypes = { f: "file", d: "directory", l: "symlink" };
      const findSpecialTypes = {
        b: "block device",
        c: "character device",
        p: "fifo",
        s: "socket",
        D: "door"
      };
      async function withSourceFile(source, use) {
        if ("hostFile" in source)
          return use(source.hostFile);
        const dir = (0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "osc-chroot-"));
        const file = (0, external_node_path_.join)(dir, "content");
        (0, external_node_fs_.writeFileSync)(file, source.content, { mode: 420 });
        try {
          return await use(file);
        } finally {
          (0, external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
      }
      function programFileOperations(runner) {
        const run2 = (argv, allowedExitCodes) => runner.run(argv, { quiet: true, allowedExitCodes });
        return {
          kind: "programs",
          async inspect(hostPath) {
            const result = await run2(["find", hostPath, "-maxdepth", "0", "-printf", "%y\\0%D\\0%m\\0%U\\0%G\\0%l"], [0, 1]);
            if (result.stdout === "")
              return { type: "missing" };
            const [kind, device, mode, uid, gid, ...link] = result.stdout.split("\0");
            const type = findTypes[kind] ?? "other";
            const info = { type, device, mode, uid, gid };
            if (type === "symlink")
              info.linkTarget = link.join("\0");
            if (type === "other")
              info.special = findSpecialTypes[kind] ?? `file of type ${kind}`;
            return info;
          },
          async writeByRename(hostPath, source, attributes) {
            parseMode(attributes.mode);
            const created = await run2([
              "mktemp",
              `--tmpdir=${(0, external_node_path_.dirname)(hostPath)}`,
              `${temporaryPrefix(hostPath)}XXXXXXXXXX`
            ]);
            const temporary = created.stdout.trim();
            try {
              await withSourceFile(source, (file) => run2(["cp", "--", file, temporary]));
              if (attributes.owner) {
                const { uid, gid } = attributes.owner;
                await run2(["chown", `${uid}:${gid}`, "--", temporary]);
              }
              await run2(["chmod", attributes.mode, "--", temporary]);
              await run2(["mv", "-T", "-f", "--", temporary, hostPath]);
            } catch (error) {
              await run2(["rm", "-f", "--", temporary], [0, 1]);
              throw error;
            }
          },
          async rename(from, to) {
            await run2(["mv", "-T", "-f", "--", from, to]);
          },
          async remove(hostPath) {
            await run2(["rm", "-f", "--", hostPath]);
          },
          async makeDirectory(hostPath, mode) {
            parseMode(mode);
            await run2(["mkdir", "-m", mode, "--", hostPath]);
          },
          async makeDirectories(hostPath) {
            await run2(["mkdir", "-p", "--", hostPath]);
          },
          async removeDirectory(hostPath) {
            await run2(["rmdir", "--", hostPath]);
          }
        };
      }
      ;
      function unescapeMountPath(path) {
        return path.replace(/\\([0-7]{3})/g, (_match, octal) => String.fromCharCode(parseInt(octal, 8)));
      }
      function parseMountInfo(text) {
        const entries = [];
        for (const line of text.split("\n")) {
          if (!line.trim())
            continue;
          const [before, after = ""] = line.split(" - ");
          const fields2 = before.split(" ");
          const [fsType, source] = after.split(" ");
          entries.push({
            id: Number(fields2[0]),
            parentId: Number(fields2[1]),
            majorMinor: fields2[2],
            mountPoint: unescapeMountPath(fields2[4]),
            fsType,
            source: unescapeMountPath(source ?? "")
          });
        }
        return entries;
      }
      function readMountInfo() {
        const read = () => parseMountInfo((0, external_node_fs_.readFileSync)("/proc/self/mountinfo", "utf8"));
        const [first, second] = [read(), read()];
        const seen = new Set(second.map((entry) => entry.id));
        return [...second, ...first.filter((entry) => !seen.has(entry.id))];
      }
      function canonicalPath(path) {
        try {
          return (0, external_node_fs_.realpathSync)(path);
        } catch {
          return (0, external_node_path_.resolve)(path);
        }
      }
      function mountsUnder(path, entries = readMountInfo()) {
        const root = canonicalPath(path);
        const prefix = root.endsWith("/") ? root : `${root}/`;
        return entries.filter((m) => m.mountPoint === root || m.mountPoint.startsWith(prefix));
      }
      function deviceNumbers(device) {
        const dir = (0, external_node_path_.join)("/sys/class/block", (0, external_node_path_.basename)(canonicalPath(device)));
        const numbers = [];
        const readDev = (path) => {
          try {
            numbers.push((0, external_node_fs_.readFileSync)((0, external_node_path_.join)(path, "dev"), "utf8").trim());
          } catch {
          }
        };
        readDev(dir);
        try {
          for (const entry of (0, external_node_fs_.readdirSync)(dir)) {
            if (entry.startsWith((0, external_node_path_.basename)(dir)))
              readDev((0, external_node_path_.join)(dir, entry));
          }
        } catch {
        }
        return numbers;
      }
      function mountsOf(device, entries = readMountInfo()) {
        const numbers = deviceNumbers(device);
        const path = canonicalPath(device);
        return entries.filter((m) => numbers.includes(m.majorMinor) || m.source === path || m.source === device);
      }
      function isMounted(device) {
        return mountsOf(device).length > 0;
      }
      function majorMinorOf(deviceNumber) {
        const high = Math.floor(deviceNumber / 2 ** 32);
        const low = deviceNumber % 2 ** 32;
        const major = low >>> 8 & 4095 | (high & 4294963200) >>> 0;
        const minor = low & 255 | low >>> 12 & 268435200;
        return `${major}:${minor}`;
      }
      function blockDeviceNumber(device) {
        try {
          const stats = (0, external_node_fs_.statSync)(device);
          return stats.isBlockDevice() ? majorMinorOf(stats.rdev) : void 0;
        } catch {
          return void 0;
        }
      }
      function diskFamily(diskMajorMinor) {
        const dir = (0, external_node_path_.join)("/sys/dev/block", diskMajorMinor);
        const numbers = [diskMajorMinor];
        let entries;
        try {
          entries = (0, external_node_fs_.readdirSync)(dir);
        } catch {
          return numbers;
        }
        for (const entry of entries) {
          try {
            (0, external_node_fs_.readFileSync)((0, external_node_path_.join)(dir, entry, "partition"), "utf8");
            numbers.push((0, external_node_fs_.readFileSync)((0, external_node_path_.join)(dir, entry, "dev"), "utf8").trim());
          } catch {
          }
        }
        return numbers;
      }
      function mountTree(root, entries = readMountInfo()) {
        const tree = entries.filter((m) => m.id === root.id && m.mountPoint === root.mountPoint && m.majorMinor === root.majorMinor);
        for (let i = 0; i < tree.length; i++) {
          tree.push(...entries.filter((m) => m.parentId === tree[i].id && m.id !== tree[i].id));
        }
        return tree;
      }
      function mountsAt(path, entries = readMountInfo()) {
        const root = canonicalPath(path);
        return entries.filter((m) => m.mountPoint === root);
      }
      ;
      class ImageEscapeError extends Error {
        constructor(message) {
          super(message);
          this.name = "ImageEscapeError";
        }
      }
      const MAX_LINKS = 40;
      function describePathType(info) {
        if (info.type === "other")
          return `a ${info.special ?? "special file"}`;
        if (info.type === "missing")
          return "missing";
        return `a ${info.type}`;
      }
      function inspectPath(runner, hostPath) {
        return fileOperations(runner).inspect(hostPath);
      }
      function imageRoot(mountPath, device) {
        let read;
        return {
          mountPath,
          device,
          mounts: () => read ??= { root: canonicalPath(mountPath), mounts: mountsUnder(mountPath) }
        };
      }
      function assertOnImageFileSystem(pathInImage2, componentInImage, hostPath, info, image) {
        const { root, mounts } = image.mounts();
        const target = (0, external_node_path_.join)(root, (0, external_node_path_.relative)(image.mountPath, hostPath));
        const mountHere = mounts.find((m) => m.mountPoint !== root && m.mountPoint === target);
        if (info.device === image.device && !mountHere)
          return;
        const containing = mounts.filter((m) => m.mountPoint !== root && (target + "/").startsWith(m.mountPoint + "/")).sort((a, b) => b.mountPoint.length - a.mountPoint.length)[0];
        const mount2 = mountHere ?? containing;
        const what = mount2 ? `the mount of ${mount2.source} (${mount2.fsType}) at ${mount2.mountPoint}` : `another file system (device ${info.device}, the image is on ${image.device})`;
        throw new ImageEscapeError(`${pathInImage2}: ${componentInImage} is on ${what}, not on the image's own file system; the host writes into the image only.`);
      }
      function components(path, viaLink) {
        return path.split("/").filter((name) => name !== "" && name !== ".").map((name) => ({ name, viaLink }));
      }
      async function resolveInImage(runner, mountPath, pathInImage2, options2 = {}) {
        const image = options2.stayOnImageFileSystem ? await checkedImageRoot(runner, mountPath) : void 0;
        return walk(runner, mountPath, pathInImage2, options2, image);
      }
      async function checkedImageRoot(runner, mountPath) {
        const root = await inspectPath(runner, mountPath);
        if (root.type !== "directory") {
          throw new Error(`The image root ${mountPath} is not a directory (${describePathType(root)}).`);
        }
        return imageRoot(mountPath, root.device ?? "");
      }
      async function walk(runner, mountPath, pathInImage2, options2, image) {
        const followLastLink = options2.followLastLink ?? true;
        const named = options2.nameInErrors ?? pathInImage2;
        const resolved = [];
        let pending = components(pathInImage2);
        let info = { type: "directory" };
        let links = 0;
        let missing = false;
        while (pending.length > 0) {
          const component = pending.shift();
          const isLast = pending.length === 0;
          if (component.name === "..") {
            if (resolved.length === 0) {
              const how = component.viaLink ? `through the symlink ${component.viaLink}` : 'with ".."';
              throw new ImageEscapeError(`${named} leads outside the image (${how}).`);
            }
            resolved.pop();
            info = { type: "directory" };
            continue;
          }
          resolved.push(component.name);
          if (missing)
            continue;
          const hostPath = (0, external_node_path_.join)(mountPath, ...resolved);
          info = await inspectPath(runner, hostPath);
          if (image && info.type !== "missing") {
            assertOnImageFileSystem(named, `/${resolved.join("/")}`, hostPath, info, image);
          }
          if (info.type === "missing") {
            missing = true;
          } else if (info.type === "symlink" && (!isLast || followLastLink)) {
            if (++links > MAX_LINKS) {
              throw new Error(`${named}: too many levels of symbolic links in the image.`);
            }
            const target = info.linkTarget ?? "";
            const link = `/${resolved.join("/")} -> ${target}`;
            resolved.pop();
            if (target.startsWith("/"))
              resolved.length = 0;
            pending = [...components(target, link), ...pending];
          }
        }
        if (missing)
          info = { type: "missing" };
        return {
          hostPath: (0, external_node_path_.join)(mountPath, ...resolved),
          pathInImage: `/${resolved.join("/")}`,
          info
        };
      }
      async function resolveEntriesInImage(runner, mountPath, directoryInImage, names, options2 = {}) {
        for (const name of names) {
          if (name === "" || name === "." || name === ".." || name.includes("/")) {
            throw new Error(`${JSON.stringify(name)} is not the name of an entry of a directory.`);
          }
        }
        const image = await checkedImageRoot(runner, mountPath);
        const named = options2.nameInErrors ?? directoryInImage;
        const directory = await walk(runner, mountPath, directoryInImage, { nameInErrors: named }, image);
        const entries = [];
        for (const name of names) {
          const hostPath = (0, external_node_path_.join)(directory.hostPath, name);
          const pathInImage2 = (0, external_node_path_.join)(directory.pathInImage, name);
          if (directory.info.type === "missing") {
            entries.push({ hostPath, pathInImage: pathInImage2, info: { type: "missing" } });
            continue;
          }
          const info = await inspectPath(runner, hostPath);
          if (info.type !== "missing")
            assertOnImageFileSystem(named, pathInImage2, hostPath, info, image);
          entries.push({ hostPath, pathInImage: pathInImage2, info });
        }
        return { directory, entries };
      }
      ;
      const BACKUP_SUFFIX = ".osc-chroot-orig";
      const ABSENT_SUFFIX = ".osc-chroot-absent";
      function defaultMode(source) {
        if (!("hostFile" in source))
          return "0644";
        return `0${((0, external_node_fs_.statSync)(source.hostFile).mode & 511).toString(8)}`;
      }
      async function copyIntoImage(runner, source, hostPath, options2 = {}) {
        const existing = await inspectPath(runner, hostPath);
        if (existing.type !== "file" && existing.type !== "missing") {
          throw new Error(`Refusing to write ${hostPath}: it is ${describePathType(existing)} in the image; only a regular file (or nothing) is ever replaced.`);
        }
        await fileOperations(runner).writeByRename(hostPath, source, {
          mode: options2.mode ?? defaultMode(source),
          owner: options2.owner
        });
      }
      function keptAttributes(existing) {
        if (existing.type !== "file" || !existing.mode)
          return {};
        const owner = existing.uid !== void 0 && existing.gid !== void 0 ? { uid: existing.uid, gid: existing.gid } : void 0;
        return { mode: `0${existing.mode}`, owner };
      }
      async function resolveEntry(runner, mountPath, pathInImage2) {
        const name = (0, external_node_path_.basename)(pathInImage2);
        if (name === "" || name === "." || name === "..") {
          throw new Error(`Cannot put ${pathInImage2} into the image: it does not name a file.`);
        }
        const resolved = await resolveEntriesInImage(runner, mountPath, (0, external_node_path_.dirname)(pathInImage2), [
          name,
          name + BACKUP_SUFFIX,
          name + ABSENT_SUFFIX
        ]);
        const parent = resolved.directory;
        if (parent.info.type !== "directory") {
          throw new Error(`Cannot put ${pathInImage2} into the image: ${parent.pathInImage} is not a directory there (${parent.info.type}).`);
        }
        return resolved;
      }
      async function replaceFileInImage(runner, mountPath, pathInImage2, source, mode) {
        const files = fileOperations(runner);
        let resolved = await resolveEntry(runner, mountPath, pathInImage2);
        const [entry] = resolved.entries;
        const paths = {
          mountPath,
          pathInImage: pathInImage2,
          hostPath: entry.hostPath,
          backupPath: entry.hostPath + BACKUP_SUFFIX,
          absentMarkerPath: entry.hostPath + ABSENT_SUFFIX
        };
        const [, backup, marker] = resolved.entries;
        if (backup.info.type !== "missing" || marker.info.type !== "missing") {
          await restoreFileInImage(runner, paths);
          resolved = await resolveEntry(runner, mountPath, pathInImage2);
        }
        const existing = resolved.entries[0].info;
        const { hostPath } = paths;
        let replaced;
        if (existing.type === "missing") {
          await files.writeByRename(paths.absentMarkerPath, { content: "" }, { mode: "0600" });
          replaced = { ...paths, original: "none" };
        } else if (existing.type === "file" || existing.type === "symlink") {
          await files.rename(hostPath, paths.backupPath);
          replaced = { ...paths, original: existing.type, originalLinkTarget: existing.linkTarget };
        } else {
          throw new Error(`Cannot replace ${pathInImage2} in the image: it is ${describePathType(existing)}, not a file or symlink.`);
        }
        try {
          await files.writeByRename(hostPath, source, { mode: mode ?? defaultMode(source) });
        } catch (error) {
          await restoreFileInImage(runner, paths);
          throw error;
        }
        return replaced;
      }
      async function recheckedEntries(runner, replaced) {
        const { mountPath, pathInImage: pathInImage2 } = replaced;
        const backupInImage = `/${(0, external_node_path_.relative)(mountPath, replaced.backupPath)}`;
        const { directory, entries } = await resolveEntriesInImage(runner, mountPath, (0, external_node_path_.dirname)(backupInImage), [replaced.hostPath, replaced.backupPath, replaced.absentMarkerPath].map((path) => (0, external_node_path_.basename)(path)), { nameInErrors: backupInImage });
        if (directory.hostPath !== (0, external_node_path_.dirname)(replaced.backupPath)) {
          throw new Error(`Not restoring ${pathInImage2}: ${backupInImage} now leads to ${entries[1].pathInImage} in the image (a directory on its way was replaced by a symlink during provisioning); left as it is.`);
        }
        const [current, backup, marker] = entries.map((entry) => entry.info);
        return { current, backup, marker };
      }
      async function restoreFileInImage(runner, replaced) {
        const { mountPath, pathInImage: pathInImage2 } = replaced;
        if ((await inspectPath(runner, mountPath)).type === "missing")
          return;
        const { current, backup, marker } = await recheckedEntries(runner, replaced);
        if (backup.type === "missing" && marker.type === "missing")
          return;
        if (current.type === "directory") {
          throw new Error(`Not restoring ${pathInImage2}: provisioning made it a directory; the image's own entry is left at ${replaced.backupPath}.`);
        }
        const files = fileOperations(runner);
        if (backup.type !== "missing") {
          await files.rename(replaced.backupPath, replaced.hostPath);
        } else {
          await files.remove(replaced.hostPath);
          await files.remove(replaced.absentMarkerPath);
        }
      }
      ;
      function describeOriginal(file) {
        if (file.original === "symlink")
          return `the image's symlink -> ${file.originalLinkTarget} kept aside`;
        if (file.original === "file")
          return `the image's own file kept aside`;
        return "the image had none";
      }
      async function copyFiles(runner, mountPath, paths) {
        const missing = paths.filter((path) => !(0, external_node_fs_.existsSync)(path));
        if (missing.length > 0) {
          throw new Error(`copy_files: ${missing.join(", ")} not found on this host; remove it from copy_files.`);
        }
        const special = paths.filter((path) => !(0, external_node_fs_.statSync)(path).isFile());
        if (special.length > 0) {
          throw new Error(`copy_files: ${special.join(", ")} is not a regular file on this host; copy_files copies files only.`);
        }
        const copied = { mountPath, files: [] };
        try {
          for (const path of paths) {
            const file = await replaceFileInImage(runner, mountPath, path, { hostFile: path });
            copied.files.push(file);
            log.info(`copy_files: ${path} copied from the host (${describeOriginal(file)})`);
          }
        } catch (error) {
          await restoreCopiedFiles(runner, copied);
          throw error;
        }
        return copied;
      }
      async function restoreCopiedFiles(runner, copied) {
        for (const file of [...copied.files].reverse()) {
          await restoreFileInImage(runner, file);
          log.info(`copy_files: ${file.pathInImage} restored (${file.original === "none" ? "removed" : `the image's own ${file.original}`})`);
        }
      }
      ;
      const copiedFiles = {
        describe: () => "copied-files",
        undo: (resource, { host }) => restoreCopiedFiles(host, resource.undo)
      };
      ;
      const visibilityGraceMs = 5e3;
      const findTiming = { sleep: realSleep, now: systemClock };
      async function readById(read) {
        const startedAt = findTiming.now();
        for (; ; ) {
          const found = await read();
          if (found !== void 0 || findTiming.now() - startedAt >= visibilityGraceMs)
            return found;
          await findTiming.sleep(1e3);
        }
      }
      ;
      async function ignoringGone(action) {
        try {
          await action();
        } catch (error) {
          if (!isNotFound(error))
            throw error;
        }
      }
      ;
      async function findImage(client, entry) {
        const { imageId, imageName, snapshotId } = entry;
        if (imageId)
          return readById(() => readImage(client, imageId));
        if (!imageName)
          return void 0;
        const images = await client.readImages({
          ImageNames: [imageName],
          ...snapshotId ? { BlockDeviceMappingSnapshotIds: [snapshotId] } : {}
        });
        return images.find((image) => image.ImageName === imageName);
      }
      const image_image = {
        describe: ({ imageId, imageName }) => `image ${imageId ?? `"${imageName}"`}`,
        async undo(resource, { client }) {
          const found = await findImage(client, resource);
          if (!found)
            return;
          await ignoringGone(() => client.deleteImage({ ImageId: found.ImageId }));
        },
        find: findImage,
        product: {}
      };
      ;
      function directoryProblem(directory, owners2) {
        const stat = (0, external_node_fs_.lstatSync)(directory, { throwIfNoEntry: false });
        if (!stat)
          return { kind: "missing" };
        if (stat.isSymbolicLink())
          return { kind: "symbolic link" };
        if (!stat.isDirectory())
          return { kind: "not a directory" };
        if ((stat.mode & 18) !== 0) {
          return { kind: "writable by others", mode: (stat.mode & 4095).toString(8).padStart(4, "0") };
        }
        if (!owners2.includes(stat.uid))
          return { kind: "foreign owner", uid: stat.uid };
        return void 0;
      }
      ;
      function currentUid() {
        return process.getuid?.() ?? 0;
      }
      function currentGid() {
        return process.getgid?.() ?? 0;
      }
      function checkLockDirectory(directory, uid = currentUid()) {
        const problem = directoryProblem(directory, [0, uid]);
        if (!problem)
          return;
        const fix = "or set OSC_CHROOT_LOCK_PATH to a lock path in a directory only root can write to.";
        const name = `The host lock's directory ${directory}`;
        switch (problem.kind) {
          case "missing":
            throw new Error(`${name} does not exist: create it (mode 0755, owned by root), ${fix}`);
          case "symbolic link":
            throw new Error(`${name} is a symbolic link: refusing to use it (whoever controls the link decides where the lock goes). Remove the link, ${fix}`);
          case "not a directory":
            throw new Error(`${name} is not a directory. Remove it, ${fix}`);
          case "writable by others":
            throw new Error(`${name} is writable by group or others (mode ${problem.mode}): anyone could replace or remove the lock there. Run \`chmod go-w ${directory}\`, ${fix}`);
          case "foreign owner":
            throw new Error(`${name} belongs to uid ${problem.uid}, neither root nor this process (uid ${uid}): refusing to use it. Run \`chown root ${directory}\`, ${fix}`);
          default:
            return unexpected(problem);
        }
      }
      function unexpected(problem) {
        throw new Error(`unexpected directory problem ${JSON.stringify(problem)}`);
      }
      async function prepareLockDirectory(directory, options2) {
        const uid = options2.uid ?? currentUid();
        if (options2.create && !(0, external_node_fs_.lstatSync)(directory, { throwIfNoEntry: false })) {
          await createLockDirectory(directory, uid, options2);
        }
        checkLockDirectory(directory, uid);
      }
      async function createLockDirectory(directory, uid, options2) {
        if (uid === 0) {
          try {
            (0, external_node_fs_.mkdirSync)(directory, { mode: 493 });
          } catch (error) {
            if (error.code !== "EEXIST")
              throw error;
          }
          return;
        }
        if (!options2.host) {
          throw new Error(`The host lock's directory ${directory} does not exist and this process (uid ${uid}) cannot create it: run the action as root or with command_wrapper.`);
        }
        const gid = options2.gid ?? currentGid();
        log.info(`Creating the host lock's directory ${directory} (owned by uid ${uid}, mode 0755)`);
        const made = await options2.host.run(["mkdir", "-m", "0755", directory], {
          quiet: true,
          allowedExitCodes: [0, 1]
        });
        if (made.exitCode === 0) {
          await options2.host.run(["chown", `${uid}:${gid}`, directory], { quiet: true });
        }
      }
      ;
      const OWNER_FILE = "owner";
      const MAX_RECORD_BYTES = 64 * 1024;
      function ownerFileOf(lockDirectory) {
        return (0, external_node_path_.join)(lockDirectory, OWNER_FILE);
      }
      function ownerTemporaryFileOf(lockDirectory, pid = process.pid) {
        return (0, external_node_path_.join)(lockDirectory, `${OWNER_FILE}.${pid}.tmp`);
      }
      function isOwnerRecordName(name) {
        return name === OWNER_FILE || /^owner\.\d+\.tmp$/.test(name);
      }
      function writeOwnerRecord(lockDirectory, owner) {
        const temporary = ownerTemporaryFileOf(lockDirectory);
        let fd;
        try {
          fd = (0, external_node_fs_.openSync)(temporary, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 420);
        } catch (error) {
          const code = error.code;
          throw new Error(`Cannot write the host lock's owner record ${temporary} (${code}): ` + (code === "EEXIST" ? "something is already there (it is never followed nor overwritten); remove it." : error.message), { cause: error });
        }
        try {
          (0, external_node_fs_.writeSync)(fd, JSON.stringify(owner));
        } finally {
          (0, external_node_fs_.closeSync)(fd);
        }
        try {
          (0, external_node_fs_.renameSync)(temporary, ownerFileOf(lockDirectory));
        } catch (error) {
          (0, external_node_fs_.rmSync)(temporary, { force: true });
          throw error;
        }
      }
      function readOwnerRecord(lockDirectory) {
        let fd;
        try {
          fd = (0, external_node_fs_.openSync)(ownerFileOf(lockDirectory), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
        } catch {
          return void 0;
        }
        try {
          const stat = (0, external_node_fs_.fstatSync)(fd);
          if (!stat.isFile() || stat.size > MAX_RECORD_BYTES)
            return void 0;
          const buffer = Buffer.alloc(stat.size);
          const length = (0, external_node_fs_.readSync)(fd, buffer, 0, stat.size, 0);
          const record = JSON.parse(buffer.subarray(0, length).toString("utf8"));
          return typeof record?.token === "string" ? record : void 0;
        } catch {
          return void 0;
        } finally {
          (0, external_node_fs_.closeSync)(fd);
        }
      }
      ;
      const DEFAULT_LOCK_PATH = "/run/osc-chroot/lock";
      const DEFAULT_WAIT_SECONDS = 1800;
      const DEFAULT_STALE_SECONDS = 10;
      function hostLockPath() {
        return process.env.OSC_CHROOT_LOCK_PATH || DEFAULT_LOCK_PATH;
      }
      const heldByThisProcess = /* @__PURE__ */ new Map();
      function describeOwner(owner) {
        if (!owner)
          return "an unknown process";
        return `pid ${owner.pid} on ${owner.host} (${owner.purpose}) since ${owner.acquiredAt}`;
      }
      function lockedError(message) {
        return Object.assign(new Error(message), { code: "ELOCKED" });
      }
      function removeLockDirectory(path) {
        for (const name of external_node_fs_.readdirSync(path)) {
          if (isOwnerRecordName(name))
            external_node_fs_.rmSync(`${path}/${name}`, { force: true });
        }
        external_node_fs_.rmdirSync(path);
      }
      function lockFileSystem(owner, staleMs, state) {
        const rmdirNow = (path) => {
          if (state()?.releasing) {
            if (!external_node_fs_.existsSync(path))
              return;
            const current = readOwnerRecord(path);
            if (current?.token !== owner.token) {
              log.warning(`The host lock ${path} now belongs to ${describeOwner(current)}: leaving it to that build.`);
              return;
            }
            removeLockDirectory(path);
            return;
          }
          const stat = external_node_fs_.lstatSync(path);
          if (stat.isSymbolicLink() || !stat.isDirectory()) {
            throw new Error(`${path} is not a lock directory (a link or a file): refusing to remove it`);
          }
          if (stat.mtimeMs >= Date.now() - staleMs) {
            throw lockedError(`the lock ${path} was taken again meanwhile`);
          }
          log.info(`Taking over the stale host lock ${path} of ${describeOwner(readOwnerRecord(path))}`);
          removeLockDirectory(path);
        };
        return {
          ...external_node_fs_,
          mkdir(path, callback) {
            external_node_fs_.mkdir(path, { mode: 493 }, (error) => {
              if (error)
                return callback(error);
              try {
                writeOwnerRecord(path, owner);
              } catch (writeError) {
                external_node_fs_.rmdir(path, () => callback(writeError));
                return;
              }
              callback(null);
            });
          },
          rmdir(path, callback) {
            try {
              rmdirNow(path);
            } catch (error) {
              if (error.code !== "ENOENT")
                return callback(error);
            }
            callback(null);
          },
          /** proper-lockfile's exit handler. */
          rmdirSync(path) {
            if (state())
              state().releasing = true;
            rmdirNow(path);
          }
        };
      }
      function checkLockPath(path) {
        const stat = external_node_fs_.lstatSync(path, { throwIfNoEntry: false });
        if (stat && (stat.isSymbolicLink() || !stat.isDirectory())) {
          throw new Error(`The host lock ${path} is ${stat.isSymbolicLink() ? "a symbolic link" : "not a directory"}: refusing to use it. Nothing of osc-chroot makes it so: find out who did, then remove it.`);
        }
      }
      async function prepareLock(path, options2) {
        try {
          await prepareLockDirectory((0, external_node_path_.dirname)(path), {
            create: path === DEFAULT_LOCK_PATH,
            host: options2.host
          });
        } catch (error) {
          throw new Error(`Cannot take the host lock ${path}: ${error.message}`, {
            cause: error
          });
        }
      }
      async function attemptLock(path, options2) {
        const staleMs = (options2.staleSeconds ?? DEFAULT_STALE_SECONDS) * 1e3;
        checkLockPath(path);
        const owner = {
          path,
          ownerFile: ownerFileOf(path),
          pid: process.pid,
          host: (0, external_node_os_.hostname)(),
          token: (0, external_node_crypto_.randomUUID)(),
          acquiredAt: (/* @__PURE__ */ new Date()).toISOString(),
          purpose: options2.purpose ?? "osc-chroot build"
        };
        let state;
        const { default: lockfile } = await __webpack_require__.e(
          /* import() */
          648
        ).then(__webpack_require__.t.bind(__webpack_require__, 3648, 23));
        try {
          const unlock = await lockfile.lock(path, {
            lockfilePath: path,
            realpath: false,
            stale: staleMs,
            retries: 0,
            fs: lockFileSystem(owner, staleMs, () => state),
            onCompromised: (error) => {
              if (!state || state.releasing)
                return;
              state.compromised = error.message;
              log.warning(`The host lock ${path} was lost (${error.message}): another build may choose a device at the same time.`);
            }
          });
          state = holdLock(owner, unlock);
          return state.held;
        } catch (error) {
          const code = error.code;
          if (code === "EACCES" || code === "EPERM") {
            const uid = process.getuid?.();
            throw new Error(`Cannot take the host lock ${path}: this process (uid ${uid}) may not write to ${(0, external_node_path_.dirname)(path)}. Run the action as root, or give that directory to the runner user (\`sudo chown ${uid} ${(0, external_node_path_.dirname)(path)}\`, mode 0755), or set OSC_CHROOT_LOCK_PATH to a lock path in a directory the runner user owns and only it can write to.`, { cause: error });
          }
          if (code !== "ELOCKED") {
            throw new Error(`Cannot take the host lock ${path}: ${error.message}. Its directory must exist and be writable by the runner user; set OSC_CHROOT_LOCK_PATH to move it.`, { cause: error });
          }
          return void 0;
        }
      }
      const MAX_RETRY_DELAY_MS = 500;
      async function untilLockChanges(path, ms, signal) {
        const done = new AbortController();
        const stop = () => done.abort();
        signal?.addEventListener("abort", stop, { once: true });
        let watcher;
        try {
          watcher = external_node_fs_.watch((0, external_node_path_.dirname)(path), { persistent: false }, stop);
          watcher.on("error", () => void 0);
        } catch {
        }
        try {
          await (0, promises_.setTimeout)(ms, void 0, { signal: done.signal }).catch(() => void 0);
        } finally {
          watcher?.close();
          signal?.removeEventListener("abort", stop);
        }
        signal?.throwIfAborted();
      }
      async function acquireHostLock(options2 = {}) {
        const path = options2.path ?? hostLockPath();
        const waitSeconds = options2.waitSeconds ?? DEFAULT_WAIT_SECONDS;
        const deadline = Date.now() + waitSeconds * 1e3;
        let delayMs = 100;
        let announced = false;
        await prepareLock(path, options2);
        for (; ; ) {
          const held = await attemptLock(path, options2);
          if (held)
            return held;
          const holder = readOwnerRecord(path);
          if (!announced) {
            log.info(`Waiting for the host lock ${path}, held by ${describeOwner(holder)}`);
            announced = true;
          }
          const remaining = deadline - Date.now();
          if (remaining <= 0) {
            throw new Error(`Timed out after ${waitSeconds} s waiting for the host lock ${path}, held by ${describeOwner(holder)}. Another osc-chroot build on this machine is linking a volume; if none is running, remove the directory ${path}.`);
          }
          const jitteredMs = delayMs * (0.5 + Math.random() / 2);
          await untilLockChanges(path, Math.min(jitteredMs, remaining), options2.signal);
          delayMs = Math.min(delayMs * 2, MAX_RETRY_DELAY_MS);
        }
      }
      async function tryHostLock(options2 = {}) {
        const path = options2.path ?? hostLockPath();
        await prepareLock(path, options2);
        return attemptLock(path, options2);
      }
      async function whileHostLockFree(look, options2 = {}) {
        const held = await tryHostLock(options2);
        if (!held)
          return void 0;
        try {
          return { value: look() };
        } finally {
          await held.release();
        }
      }
      function holdLock(lock2, unlock) {
        log.info(`Host lock ${lock2.path} taken`);
        const state = {
          releasing: false,
          held: {
            lock: lock2,
            async release() {
              if (state.releasing)
                return;
              state.releasing = true;
              heldByThisProcess.delete(lock2.token);
              try {
                await unlock();
              } catch {
                try {
                  releaseLockIfOurs(lock2);
                } catch (error) {
                  log.warning(`The host lock ${lock2.path} could not be removed: ${error.message}`);
                }
              }
              log.info(`Host lock ${lock2.path} released`);
            }
          }
        };
        heldByThisProcess.set(lock2.token, state);
        return state;
      }
      function hostLockProblem(lock2) {
        const state = heldByThisProcess.get(lock2.token);
        if (!state)
          return "this process does not hold it (it was released)";
        if (state.compromised)
          return state.compromised;
        const owner = readOwnerRecord(lock2.path);
        if (owner?.token !== lock2.token) {
          return `its owner record now names ${describeOwner(owner)}`;
        }
        return void 0;
      }
      async function releaseHostLock(lock2) {
        const state = heldByThisProcess.get(lock2.token);
        if (!state)
          return releaseLockIfOurs(lock2);
        await state.held.release();
        return true;
      }
      function releaseLockIfOurs(lock2) {
        checkLockPath(lock2.path);
        if (readOwnerRecord(lock2.path)?.token !== lock2.token)
          return false;
        try {
          removeLockDirectory(lock2.path);
        } catch (error) {
          if (error.code !== "ENOENT")
            throw error;
        }
        log.info(`Host lock ${lock2.path} released`);
        return true;
      }
      ;
      function processStartTicks(pid) {
        try {
          const stat = (0, external_node_fs_.readFileSync)(`/proc/${pid}/stat`, "utf8");
          const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
          return Number.isFinite(ticks) ? ticks : void 0;
        } catch {
          return void 0;
        }
      }
      ;
      function linkLedgerDirectory(lockPath = hostLockPath()) {
        return (0, external_node_path_.join)((0, external_node_path_.dirname)(lockPath), "links");
      }
      const VOLUME_ID = /^vol-[0-9a-z]+$/;
      function entryPath(directory, volumeId) {
        if (!VOLUME_ID.test(volumeId))
          throw new Error(`not a volume id: ${JSON.stringify(volumeId)}`);
        return (0, external_node_path_.join)(directory, `${volumeId}.json`);
      }
      const ownStartTicks = processStartTicks(process.pid);
      function entryIsLive(entry) {
        try {
          process.kill(entry.pid, 0);
        } catch (error) {
          if (error.code !== "EPERM")
            return false;
        }
        if (entry.startTicks === void 0)
          return true;
        const ticks = processStartTicks(entry.pid);
        return ticks === void 0 || ticks === entry.startTicks;
      }
      function recordLink(given, directory = linkLedgerDirectory()) {
        const entry = given.pid === process.pid && given.startTicks === void 0 && ownStartTicks !== void 0 ? { ...given, startTicks: ownStartTicks } : given;
        const path = entryPath(directory, entry.volumeId);
        const temporary = `${path}.${process.pid}.tmp`;
        for (let attempt = 0; ; attempt++) {
          (0, external_node_fs_.mkdirSync)(directory, { recursive: true, mode: 493 });
          try {
            (0, external_node_fs_.writeFileSync)(temporary, JSON.stringify(entry), { mode: 420 });
            (0, external_node_fs_.renameSync)(temporary, path);
            return;
          } catch (error) {
            if (error.code !== "ENOENT" || attempt >= 3)
              throw error;
          }
        }
      }
      function forgetLink(volumeId, directory = linkLedgerDirectory()) {
        (0, external_node_fs_.rmSync)(entryPath(directory, volumeId), { force: true });
        try {
          (0, external_node_fs_.rmdirSync)(directory);
        } catch {
        }
      }
      function readEntry(path) {
        try {
          const entry = JSON.parse((0, external_node_fs_.readFileSync)(path, "utf8"));
          return typeof entry.pid === "number" && typeof entry.sizeGiB === "number" ? entry : void 0;
        } catch {
          return void 0;
        }
      }
      function otherLinks(volumeId, directory = linkLedgerDirectory()) {
        let names;
        try {
          names = (0, external_node_fs_.readdirSync)(directory);
        } catch {
          return [];
        }
        return names.filter((name) => name.endsWith(".json") && name !== `${volumeId}.json`).map((name) => readEntry((0, external_node_path_.join)(directory, name))).filter((entry) => entry !== void 0 && entryIsLive(entry));
      }
      function namesClaimedByOtherBuilds(volumeId, directory = linkLedgerDirectory()) {
        return otherLinks(volumeId, directory).map((entry) => entry.deviceName).filter((name) => typeof name === "string");
      }
      ;
      function tagValue(tags, key) {
        return tags?.find((tag) => tag.Key === key)?.Value;
      }
      function candidate(kind, id2, tags) {
        const buildId = tagValue(tags, buildIdTag) ?? "";
        return { kind, id: id2, buildId, createdAt: tagValue(tags, createdAtTag) ?? "" };
      }
      function snapshotsOf(image) {
        return (image.BlockDeviceMappings ?? []).map((mapping) => mapping.Bsu?.SnapshotId).filter((id2) => id2 !== void 0);
      }
      ;
      async function findVolume(client, entry) {
        const { volumeId, clientToken } = entry;
        if (volumeId)
          return readById(() => readVolume(client, volumeId));
        if (!clientToken)
          return void 0;
        const volumes = await client.readVolumes({ ClientTokens: [clientToken] });
        return volumes.find((volume2) => volume2.ClientToken === clientToken);
      }
      async function settledVolume(volume2, means) {
        if (volume2.State !== "creating")
          return volume2;
        const volumeId = volume2.VolumeId;
        log.info(`Volume ${volumeId} is still being created; waiting to delete it...`);
        try {
          return await waitFor({
            what: `volume ${volumeId} to finish being created (so that it can be deleted)`,
            phase: "volume",
            read: () => findVolume(means.client, { volumeId }),
            state: (current) => current.State,
            done: (current) => current.State !== "creating",
            failed: () => void 0,
            timeoutSeconds: means.config.timeouts.volume,
            policy: means.poll
          });
        } catch (error) {
          if (error instanceof WaitError && error.reason === "not-found")
            return void 0;
          throw error;
        }
      }
      function unlinkedByThisBuild(resource, journal) {
        return journal.entries().some((entry) => entry.status === "undone" && entry.resource.kind === "link" && entry.resource.volumeId === resource.volumeId);
      }
      async function deleteVolume(resource, means, journal) {
        const { volumeId } = resource;
        if (volumeId && unlinkedByThisBuild(resource, journal)) {
          try {
            await ignoringGone(() => means.client.deleteVolume({ VolumeId: volumeId }));
            return;
          } catch (error) {
            if (!isConflict(error))
              throw error;
          }
        }
        const found = await findVolume(means.client, resource);
        if (!found || found.State === "deleting")
          return;
        const volume2 = await settledVolume(found, means);
        if (!volume2)
          return;
        const link = volume2.LinkedVolumes?.find((linked) => linked.State !== "detached");
        if (link) {
          throw new Error(`volume ${volume2.VolumeId} is still linked to VM ${link.VmId} as ${link.DeviceName} (${link.State}): not deleting it. Once nothing on the runner uses it, unlink it, then delete it.`);
        }
        await ignoringGone(() => means.client.deleteVolume({ VolumeId: volume2.VolumeId }));
      }
      function isBuildVolume(volume2) {
        return tagValue(volume2.Tags, buildIdTag) !== void 0 || buildIdOfClientToken(volume2.ClientToken) !== void 0;
      }
      function volumeCandidate(volume2) {
        const resource = candidate("volume", volume2.VolumeId, volume2.Tags);
        if (resource.buildId !== "")
          return resource;
        return {
          ...resource,
          buildId: buildIdOfClientToken(volume2.ClientToken) ?? "",
          createdAt: volume2.CreationDate ?? ""
        };
      }
      function recogniseVolume(volume2, options2) {
        const resource = volumeCandidate(volume2);
        if (volume2.State === "deleting")
          return { ...resource, ignored: true };
        if (volume2.State === "creating")
          return { ...resource, running: "its volume is being created" };
        const link = (volume2.LinkedVolumes ?? []).find((linked) => linked.State !== "detached");
        if (link === void 0)
          return resource;
        const device = link.DeviceName ?? "?";
        if (link.VmId !== options2.vmId) {
          return { ...resource, running: `its volume is linked to another VM (${link.VmId})` };
        }
        const mounted = options2.mountedHere(device);
        if (mounted === void 0) {
          return {
            ...resource,
            running: `its volume is linked to this VM as ${device}, whose block device cannot be found here to check that it is not mounted`
          };
        }
        if (mounted)
          return { ...resource, running: `its volume is linked as ${device} and mounted here` };
        return { ...resource, unlinkFirst: true };
      }
      const volume = {
        describe: ({ volumeId, clientToken }) => `volume ${volumeId ?? `(ClientToken ${clientToken})`}`,
        undo: (resource, means, journal) => deleteVolume(resource, means, journal),
        find: findVolume,
        sweep: {
          order: 1,
          label: "volume",
          recognise: (inventory, options2) => inventory.volumes.map((v) => recogniseVolume(v, options2)),
          async delete(orphan, { client, linkTimeoutSeconds, signal }) {
            await ignoringGone(async () => {
              if (orphan.unlinkFirst) {
                await client.unlinkVolume({ VolumeId: orphan.id }, signal);
                await waitForVolumeUnlinked(client, orphan.id, {
                  timeoutSeconds: linkTimeoutSeconds,
                  policy: pollPolicyFromEnv(),
                  signal
                });
              }
              await client.deleteVolume({ VolumeId: orphan.id }, signal);
            });
          }
        }
      };
      ;
      const volumeNotInUseCode = "9063";
      async function ignoringUnlinked(action) {
        try {
          await action();
        } catch (error) {
          if (isNotFound(error) || isConflict(error) && error.code === volumeNotInUseCode)
            return;
          throw error;
        }
      }
      const inProgress = (state) => state === "in-queue" || state === "pending";
      async function unlinkVolume(client, volumeId, timeoutSeconds, poll) {
        try {
          await ignoringUnlinked(() => client.unlinkVolume({ VolumeId: volumeId }));
          return;
        } catch (error) {
          if (!isConflict(error))
            throw error;
          const snapshots = await client.readSnapshots({ VolumeIds: [volumeId] });
          const busy = snapshots.filter((snapshot2) => inProgress(snapshot2.State));
          if (busy.length === 0)
            throw error;
          log.info(`UnlinkVolume of ${volumeId} was refused while snapshot ${busy.map((s) => s.SnapshotId).join(", ")} is in progress (${error.message}): unlinking once it has ended.`);
        }
        await waitFor({
          what: `the snapshots of volume ${volumeId} to end`,
          phase: "snapshot",
          read: () => client.readSnapshots({ VolumeIds: [volumeId] }),
          state: (snapshots) => snapshots.map((snapshot2) => snapshot2.State).join(", ") || "none",
          done: (snapshots) => !snapshots.some((snapshot2) => inProgress(snapshot2.State)),
          failed: () => void 0,
          timeoutSeconds,
          policy: poll
        });
        await ignoringUnlinked(() => client.unlinkVolume({ VolumeId: volumeId }));
      }
      function diskIsMounted(resource) {
        if (resource.majorMinor) {
          const family = diskFamily(resource.majorMinor);
          return readMountInfo().some((mount2) => family.includes(mount2.majorMinor));
        }
        return resource.blockDevice !== void 0 && isMounted(resource.blockDevice);
      }
      async function requestUnlink(resource, means, journal, provenLinked = false) {
        const { client, config } = means;
        const created = journal.entries().some((e) => e.resource.kind === "volume" && e.resource.volumeId === resource.volumeId);
        if (!created) {
          log.warning(`Not unlinking volume ${resource.volumeId}: this build's journal has no record of creating it.`);
          return false;
        }
        if (diskIsMounted(resource)) {
          throw new Error(`${resource.blockDevice} (volume ${resource.volumeId}, device ${resource.majorMinor ?? "?"}) is still mounted: not unlinking it. Once nothing on the runner uses it, unmount it, then unlink and delete the volume.`);
        }
        const linked = provenLinked && resource.blockDevice !== void 0 || (await findVolume(client, resource))?.LinkedVolumes?.some((link) => link.VmId === resource.vmId && link.State !== "detached");
        if (!linked) {
          forgetLink(resource.volumeId);
          return false;
        }
        await unlinkVolume(client, resource.volumeId, config.timeouts.snapshot, means.poll);
        return true;
      }
      async function awaitUnlinked(resource, means, requestedAt) {
        const policy = requestedAt === void 0 ? means.poll : { ...means.poll, learnDurations: false };
        await waitForVolumeUnlinked(means.client, resource.volumeId, {
          timeoutSeconds: means.config.timeouts.link,
          policy,
          startedAt: requestedAt
        });
        forgetLink(resource.volumeId);
      }
      async function undoLink(resource, means, journal) {
        if (await requestUnlink(resource, means, journal))
          await awaitUnlinked(resource, means);
      }
      const link_link = {
        describe: ({ volumeId }) => `link ${volumeId}`,
        undo: undoLink
      };
      ;
      const lock = {
        describe: () => "lock",
        async undo(resource) {
          await releaseHostLock(resource.lock);
        }
      };
      ;
      function describeMount(mount2) {
        return `${mount2.source || "?"} (${mount2.fsType}, device ${mount2.majorMinor}, mount id ${mount2.id})`;
      }
      function proveOwnMount(facts, entries = readMountInfo()) {
        const here = entries.filter((m) => m.mountPoint === facts.mountPath);
        let ours;
        if (facts.mountId !== void 0) {
          ours = here.find((m) => m.id === facts.mountId && m.majorMinor === facts.majorMinor);
        } else if (facts.diskMajorMinor) {
          const family = diskFamily(facts.diskMajorMinor);
          ours = here.find((m) => family.includes(m.majorMinor));
        }
        if (ours)
          return { owner: "us", mount: ours };
        if (here.length === 0)
          return { owner: "nobody" };
        return { owner: "someone else", description: here.map(describeMount).join(", ") };
      }
      ;
      const USE_ORDER = ["root", "cwd", "program", "open file"];
      const PROC_LINKS = [
        ...["/proc", "-mindepth", "1", "-maxdepth", "3", "-regextype", "posix-extended"],
        ...["(", "-regex", "/proc/[0-9]+/(root|cwd|exe|fd/[0-9]+)", "-printf", "%p\\0%l\\0", ")"],
        ...["-o", "(", "-regex", "/proc/[0-9]+(/fd)?", ")"],
        ...["-o", "-prune"]
      ];
      const TERM_GRACE_MS = 5e3;
      const processes_KILL_GRACE_MS = 2e3;
      const STOP_ROUNDS = 3;
      function readProcText(pid, file) {
        try {
          return (0, external_node_fs_.readFileSync)(`/proc/${pid}/${file}`, "utf8");
        } catch {
          return "";
        }
      }
      function isRunning(pid) {
        if (!(0, external_node_fs_.existsSync)(`/proc/${pid}`))
          return false;
        const state = /\)\s+(\S)/.exec(readProcText(pid, "stat"))?.[1];
        return state !== void 0 && state !== "Z" && state !== "X";
      }
      function describeProcess(user) {
        const cmdline = user.cmdline ? ` \`${user.cmdline}\`` : "";
        return `pid ${user.pid} (${user.comm})${cmdline} [${user.uses.join(", ")}]`;
      }
      function otherPids() {
        return (0, external_node_fs_.readdirSync)("/proc").filter((name) => /^\d+$/.test(name) && name !== String(process.pid)).map(Number);
      }
      function linkTarget(path) {
        try {
          return (0, external_node_fs_.readlinkSync)(path);
        } catch {
          return void 0;
        }
      }
      async function procLinks(runner) {
        if (!runner.spawnsDirectly) {
          const result = await runner.run(["find", ...PROC_LINKS], {
            quiet: true,
            allowedExitCodes: [0, 1]
            // 1: processes that exited during the scan
          });
          return result.stdout.split("\0");
        }
        const fields2 = [];
        const add = (path) => {
          const target = linkTarget(path);
          if (target !== void 0)
            fields2.push(path, target);
        };
        for (const pid of otherPids()) {
          for (const kind of ["root", "cwd", "exe"])
            add(`/proc/${pid}/${kind}`);
          let fds = [];
          try {
            fds = (0, external_node_fs_.readdirSync)(`/proc/${pid}/fd`);
          } catch {
          }
          for (const fd of fds)
            add(`/proc/${pid}/fd/${fd}`);
        }
        return fields2;
      }
      async function findMountUsers(runner, mountPath) {
        const root = canonicalPath(mountPath);
        const fields2 = await procLinks(runner);
        const users = /* @__PURE__ */ new Map();
        const self = String(process.pid);
        for (let i = 0; i + 1 < fields2.length; i += 2) {
          const [, pidText, kind] = /^\/proc\/(\d+)\/(root|cwd|exe|fd)/.exec(fields2[i]) ?? [];
          const target = fields2[i + 1];
          if (!pidText || pidText === self)
            continue;
          if (target !== root && !target.startsWith(`${root}/`))
            continue;
          const pid = Number(pidText);
          const use = kind === "fd" ? "open file" : kind === "exe" ? "program" : kind;
          const user = users.get(pid) ?? {
            pid,
            comm: readProcText(pid, "comm").trim() || "?",
            cmdline: readProcText(pid, "cmdline").replace(/\0+$/, "").replace(/\0/g, " "),
            uses: []
          };
          if (!user.uses.includes(use))
            user.uses.push(use);
          user.uses.sort((a, b) => USE_ORDER.indexOf(a) - USE_ORDER.indexOf(b));
          users.set(pid, user);
        }
        return [...users.values()].sort((a, b) => a.pid - b.pid);
      }
      async function signalAndWait(runner, processes, signal, graceMs) {
        const pids = processes.map((p) => String(p.pid));
        await runner.run(["kill", "-s", signal, ...pids], { quiet: true, allowedExitCodes: [0, 1] });
        for (let waited = 0; waited < graceMs; waited += 100) {
          if (!processes.some((p) => isRunning(p.pid)))
            break;
          await (0, promises_.setTimeout)(100);
        }
        return processes.filter((p) => isRunning(p.pid));
      }
      async function rootDevices(runner, pids) {
        const devices = /* @__PURE__ */ new Map();
        if (pids.length === 0)
          return devices;
        if (runner.spawnsDirectly) {
          for (const pid of pids) {
            try {
              devices.set(pid, majorMinorOf((0, external_node_fs_.statSync)(`/proc/${pid}/root`).dev));
            } catch {
            }
          }
          return devices;
        }
        const result = await runner.run(
          ["stat", "-L", "--printf", "%n %d\\n", ...pids.map((pid) => `/proc/${pid}/root`)],
          { quiet: true, allowedExitCodes: [0, 1] }
          // 1: a process exited meanwhile
        );
        for (const line of result.stdout.split("\n")) {
          const [, pid, device] = /^\/proc\/(\d+)\/root (\d+)$/.exec(line) ?? [];
          if (pid)
            devices.set(Number(pid), majorMinorOf(Number(device)));
        }
        return devices;
      }
      async function rootedOn(runner, rootDevice) {
        const pids = otherPids();
        const devices = await rootDevices(runner, pids);
        return pids.filter((pid) => devices.get(pid) === rootDevice).map((pid) => ({
          pid,
          comm: readProcText(pid, "comm").trim() || "?",
          cmdline: readProcText(pid, "cmdline").replace(/\0+$/, "").replace(/\0/g, " "),
          uses: ["root"]
        }));
      }
      async function usersOf(runner, mountPath, rootDevice) {
        const byPath = await findMountUsers(runner, mountPath);
        const onDevice = canonicalPath(mountPath) === "/" ? [] : await rootedOn(runner, rootDevice);
        const all = new Map(byPath.map((user) => [user.pid, user]));
        for (const user of onDevice) {
          const known = all.get(user.pid);
          if (!known)
            all.set(user.pid, user);
          else if (!known.uses.includes("root"))
            known.uses.unshift("root");
        }
        return {
          all: [...all.values()].sort((a, b) => a.pid - b.pid),
          rooted: onDevice.map((user) => all.get(user.pid))
        };
      }
      async function stopChrootProcesses(runner, mountPath, options2) {
        const stopped = [];
        let users = await usersOf(runner, mountPath, options2.rootDevice);
        for (let round = 0; round < STOP_ROUNDS && options2.kill; round++) {
          const inChroot = users.rooted;
          if (inChroot.length === 0)
            break;
          log.info(`Stopping ${inChroot.length} process(es) left running in the chroot:`);
          for (const user of inChroot)
            log.info(`  ${describeProcess(user)}`);
          const stubborn = await signalAndWait(runner, inChroot, "TERM", TERM_GRACE_MS);
          if (stubborn.length > 0) {
            log.info(`Killing what did not stop on SIGTERM: ${stubborn.map((p) => p.pid).join(", ")}`);
            await signalAndWait(runner, stubborn, "KILL", processes_KILL_GRACE_MS);
          }
          stopped.push(...inChroot.filter((p) => !isRunning(p.pid)));
          users = await usersOf(runner, mountPath, options2.rootDevice);
        }
        const chrooted = new Set(users.rooted.map((user) => user.pid));
        for (const user of users.all) {
          const why = !chrooted.has(user.pid) ? user.uses.includes("root") ? `its root is not on the build's file system (${options2.rootDevice}), so osc-chroot does not stop it` : "it runs on the host, not in the chroot, so osc-chroot does not stop it" : options2.kill ? "it did not stop" : "kill_chroot_processes is false";
          log.warning(`Still using ${mountPath}: ${describeProcess(user)}; ${why}. It may block the unmount.`);
        }
        return { stopped, remaining: users.all };
      }
      ;
      const DEFAULT_BUSY_TIMEOUT_SECONDS = 30;
      function leaves(mounts) {
        return mounts.filter((m) => !mounts.some((other) => other.parentId === m.id));
      }
      async function describeBlockers(runner, mountPath, busy) {
        const users = await findMountUsers(runner, mountPath);
        if (users.length > 0)
          return users.map((user) => `  ${describeProcess(user)}`).join("\n");
        const lines2 = [];
        for (const mountPoint of busy) {
          try {
            const fuser = await runner.run(["fuser", "-vm", mountPoint], {
              quiet: true,
              allowedExitCodes: [0, 1]
            });
            const table = fuser.stderr.split("\n").filter((line) => line.trim() && !line.startsWith("Cannot stat"));
            lines2.push(`  fuser -vm ${mountPoint}:`, ...table.map((line) => `    ${line}`));
          } catch {
            lines2.push(`  (fuser, from the psmisc package, is not installed)`);
          }
        }
        return lines2.join("\n");
      }
      async function unmountOwnTree(runner, rootMount, options2 = {}) {
        return unmountEach(runner, rootMount.mountPoint, () => mountTree(rootMount), options2);
      }
      function messageFor(stderr, mountPoint, alone) {
        const prefix = `umount: ${mountPoint}: `;
        const line = stderr.split("\n").find((text) => text.startsWith(prefix));
        return line ? line.slice(prefix.length).trim() : alone ? stderr.trim() : "";
      }
      async function unmountRound(runner, round, listMounts, signal) {
        const result = await runner.run(["umount", "--", ...round.map((mount2) => mount2.mountPoint)], {
          quiet: true,
          // 32: every unmount failed; 64: some did (util-linux, mount(8) "Return codes").
          allowedExitCodes: [0, 1, 2, 32, 64],
          signal
        });
        const still = listMounts();
        const outcome = { unmounted: [], busy: [], vanished: [], remaining: still };
        for (const mount2 of round) {
          const present = still.some((m) => m.id === mount2.id && m.mountPoint === mount2.mountPoint && m.majorMinor === mount2.majorMinor);
          const message = messageFor(result.stderr, mount2.mountPoint, round.length === 1);
          const notMounted = /not mounted|no mount point/i.test(message);
          if (!present) {
            if (notMounted)
              outcome.vanished.push(mount2);
            else
              outcome.unmounted.push(mount2);
            continue;
          }
          if (/busy/i.test(message))
            outcome.busy.push(mount2);
          else if (notMounted)
            outcome.vanished.push(mount2);
          else
            throw new Error(`Cannot unmount ${mount2.mountPoint}: ${message || `umount exited with ${result.exitCode}`}`);
        }
        return outcome;
      }
      async function removeMountDirectory(runner, root) {
        if (!(0, external_node_fs_.existsSync)(root))
          return;
        try {
          await fileOperations(runner).removeDirectory(root);
        } catch (error) {
          log.warning(`Mount directory ${root} left in place: ${error instanceof Error ? error.message : error}`);
        }
      }
      async function unmountEach(runner, root, listMounts, options2) {
        const busyTimeoutMs = (options2.busyTimeoutSeconds ?? DEFAULT_BUSY_TIMEOUT_SECONDS) * 1e3;
        const started = Date.now();
        const unmounted = [];
        let delayMs = 250;
        let attempts2 = 0;
        let mounts = listMounts();
        while (mounts.length > 0) {
          attempts2++;
          const round = leaves(mounts).sort((a, b) => b.mountPoint.length - a.mountPoint.length);
          const outcome = await unmountRound(runner, round, listMounts, options2.signal);
          for (const mount2 of outcome.unmounted) {
            log.info(`Unmounted ${mount2.mountPoint}`);
            unmounted.push(mount2.mountPoint);
          }
          mounts = outcome.remaining;
          if (outcome.unmounted.length > 0 || outcome.vanished.length > 0)
            continue;
          const busy = outcome.busy.map((mount2) => mount2.mountPoint);
          const elapsedMs = Date.now() - started;
          if (elapsedMs >= busyTimeoutMs) {
            const blockers = await describeBlockers(runner, root, busy);
            throw new Error(`Cannot unmount ${busy.join(", ")}: target is busy (${attempts2} attempts over ${Math.round(elapsedMs / 1e3)} s). Processes using ${root}:
${blockers}
Stop them and run the unmount again; the volume stays linked until ${root} is unmounted.`);
          }
          log.info(`${busy.join(", ")} busy; retrying in ${(delayMs / 1e3).toFixed(1)} s`);
          await (0, promises_.setTimeout)(Math.min(delayMs, busyTimeoutMs - elapsedMs), void 0, { signal: options2.signal });
          delayMs = Math.min(delayMs * 2, 2e3);
          mounts = listMounts();
        }
        if (options2.removeDirectory ?? true)
          await removeMountDirectory(runner, root);
        return { unmounted };
      }
      ;
      async function undoMount(resource, { host, config }) {
        const { mountPath } = resource;
        const proof = proveOwnMount(resource);
        if (proof.owner === "someone else") {
          log.warning(`${mountPath} holds ${proof.description}, not the mount this build made${resource.majorMinor ? ` (device ${resource.majorMinor})` : ""}: left alone, nothing stopped or unmounted.`);
          return;
        }
        if (proof.owner === "nobody") {
          if (resource.removeDirectory) {
            await host.run(["rmdir", "--", mountPath], { quiet: true, allowedExitCodes: [0, 1] });
          }
          return;
        }
        const stopped = await stopChrootProcesses(host, mountPath, {
          kill: config.killChrootProcesses,
          rootDevice: proof.mount.majorMinor
        });
        if (stopped.remaining.length > 0 && !config.killChrootProcesses) {
          log.warning("kill_chroot_processes is false: processes left in the chroot may keep the volume busy.");
        }
        await unmountOwnTree(host, proof.mount, {
          removeDirectory: resource.removeDirectory,
          busyTimeoutSeconds: config.unmountBusyTimeoutSeconds
        });
      }
      const mount = {
        describe: ({ mountPath }) => `mount ${mountPath}`,
        undo: (resource, means) => undoMount(resource, means)
      };
      ;
      const DEFAULT_CLAIMS_DIR = "/run/osc-chroot/claims";
      function startTimeOf(pid) {
        const ticks = processStartTicks(pid);
        return ticks === void 0 ? void 0 : String(ticks);
      }
      function isAlive(claim) {
        return startTimeOf(claim.pid) === claim.startTime;
      }
      function readClaim(file) {
        try {
          return JSON.parse((0, external_node_fs_.readFileSync)(file, "utf8"));
        } catch {
          return void 0;
        }
      }
      function ensureClaimsDir(dir) {
        (0, external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 493 });
        const uid = process.getuid?.();
        const problem = directoryProblem(dir, uid === void 0 ? [] : [uid]);
        if (problem && !(uid === void 0 && problem.kind === "foreign owner")) {
          throw new Error(`${dir} (where osc-chroot records which build uses which mount_path) is not a directory owned by this user and writable only by it. Remove it; the next build recreates it.`);
        }
      }
      function claimMountPath(mountPath, buildId, options2 = {}) {
        const dir = options2.dir ?? DEFAULT_CLAIMS_DIR;
        ensureClaimsDir(dir);
        const pid = options2.pid ?? process.pid;
        const name = (0, external_node_crypto_.createHash)("sha256").update(mountPath).digest("hex").slice(0, 32);
        const claim = {
          file: (0, external_node_path_.join)(dir, `${name}.json`),
          mountPath,
          buildId,
          pid,
          startTime: startTimeOf(pid) ?? ""
        };
        const written = (0, external_node_path_.join)(dir, `.${name}.${(0, external_node_crypto_.randomUUID)()}.tmp`);
        (0, external_node_fs_.writeFileSync)(written, JSON.stringify(claim), { mode: 420, flag: "wx" });
        try {
          for (let attempt = 0; attempt < 2; attempt++) {
            try {
              (0, external_node_fs_.linkSync)(written, claim.file);
              return claim;
            } catch (error) {
              if (error.code !== "EEXIST")
                throw error;
            }
            const holder = readClaim(claim.file);
            if (holder && holder.buildId === buildId)
              return holder;
            if (holder && isAlive(holder)) {
              throw new Error(`mount_path ${mountPath} is in use by build ${holder.buildId} (pid ${holder.pid}) on this runner. Builds running at the same time need their own mount_path: put {{.Device}} in it (the default, /mnt/osc-chroot/{{.Device}}, does), or run them one after the other.`);
            }
            (0, external_node_fs_.rmSync)(claim.file, { force: true });
          }
          throw new Error(`mount_path ${mountPath}: could not claim it in ${dir}; try again.`);
        } finally {
          (0, external_node_fs_.rmSync)(written, { force: true });
        }
      }
      function releaseMountPathClaim(claim) {
        const holder = readClaim(claim.file);
        if (holder && holder.buildId === claim.buildId && holder.mountPath === claim.mountPath) {
          (0, external_node_fs_.rmSync)(claim.file, { force: true });
        }
      }
      ;
      const mountPathClaim = {
        describe: ({ claim }) => `claim of mount_path ${claim.mountPath}`,
        async undo(resource) {
          releaseMountPathClaim(resource.claim);
        }
      };
      ;
      const POLICY_RC_D_PATH = "/usr/sbin/policy-rc.d";
      const POLICY_RC_D = `#!/bin/sh
# Installed by osc-chroot while the image is provisioned: services must not start in the chroot.
exit 101
`;
      async function installPolicyRcd(runner, mountPath) {
        const replaced = await replaceFileInImage(runner, mountPath, POLICY_RC_D_PATH, { content: POLICY_RC_D }, "0755");
        log.info(`prevent_service_start: ${POLICY_RC_D_PATH} installed (exits 101)`);
        return replaced;
      }
      async function removePolicyRcd(runner, installed) {
        await restoreFileInImage(runner, installed);
        log.info(`prevent_service_start: ${POLICY_RC_D_PATH} ${installed.original === "none" ? "removed" : "restored"}`);
      }
      ;
      const policyRcd = {
        describe: () => "policy-rcd",
        undo: (resource, { host }) => removePolicyRcd(host, resource.undo)
      };
      ;
      const productTag = "osc-chroot:product";
      async function markAsProduct(client, snapshotId, imageId, timeoutSeconds, temporaryTags) {
        const options2 = {
          what: `marking snapshot ${snapshotId} as a product`,
          phase: "omi",
          timeoutSeconds
        };
        try {
          await persist(() => client.createTags({
            ResourceIds: [snapshotId],
            Tags: toResourceTags({ [productTag]: imageId })
          }), options2);
          const tags = temporaryTags ? toResourceTags(temporaryTags) : (await readSnapshot(client, snapshotId))?.Tags ?? [];
          const temporary = tags.filter((tag) => tag.Key === buildIdTag || tag.Key === createdAtTag);
          if (temporary.length > 0) {
            await persist(() => client.deleteTags({ ResourceIds: [snapshotId], Tags: temporary }), options2);
          }
        } catch (error) {
          log.warning(`Snapshot ${snapshotId} of OMI ${imageId} is kept, but could not be marked as a product (${error instanceof Error ? error.message : String(error)}). Remove its ${buildIdTag} tag by hand, or cleanup_orphans may delete it once the OMI is deregistered.`);
        }
      }
      function keptProductError(error, imageId, snapshotId, left) {
        const message = error instanceof Error ? error.message : String(error);
        return new Error(`${message} The OMI ${imageId} and its snapshot ${snapshotId} are registered and kept (outputs omi_id and snapshot_id): ${left}, then use it or deregister it.`, { cause: error });
      }
      ;
      async function findSnapshot(client, entry) {
        const { snapshotId, clientToken } = entry;
        if (snapshotId)
          return readById(() => readSnapshot(client, snapshotId));
        if (!clientToken)
          return void 0;
        const snapshots = await client.readSnapshots({ ClientTokens: [clientToken] });
        return snapshots.find((snapshot2) => snapshot2.ClientToken === clientToken);
      }
      function recogniseSnapshot(snapshot2, inventory) {
        const resource = candidate("snapshot", snapshot2.SnapshotId, snapshot2.Tags);
        if (snapshot2.State === "deleting")
          return { ...resource, ignored: true };
        if (inventory.snapshotsInUse.has(snapshot2.SnapshotId))
          return { ...resource, product: true };
        if (tagValue(snapshot2.Tags, productTag) !== void 0)
          return { ...resource, product: true };
        if (snapshot2.State !== "completed" && snapshot2.State !== "error") {
          const progress = snapshot2.Progress === void 0 ? "" : `, ${snapshot2.Progress}%`;
          return { ...resource, running: `its snapshot is in progress (${snapshot2.State}${progress})` };
        }
        return resource;
      }
      const snapshot = {
        describe: ({ snapshotId, clientToken }) => `snapshot ${snapshotId ?? `(ClientToken ${clientToken})`}`,
        async undo(resource, { client }) {
          const found = await findSnapshot(client, resource);
          if (!found || found.State === "deleting")
            return;
          await ignoringGone(() => client.deleteSnapshot({ SnapshotId: found.SnapshotId }));
        },
        find: findSnapshot,
        product: {
          async kept(resource, image, means) {
            if (!resource.snapshotId)
              return;
            await markAsProduct(means.client, resource.snapshotId, image.ImageId, means.config.timeouts.omi, resource.temporaryTags);
          }
        },
        sweep: {
          order: 3,
          label: "snapshot",
          recognise: (inventory) => inventory.snapshots.map((s) => recogniseSnapshot(s, inventory)),
          delete: (orphan, { client, signal }) => ignoringGone(() => client.deleteSnapshot({ SnapshotId: orphan.id }, signal))
        }
      };
      ;
      async function deleteReleasedSnapshot(client, snapshotId, timeoutSeconds, signal) {
        try {
          await persist(() => client.deleteSnapshot({ SnapshotId: snapshotId }, signal), {
            what: `deleting snapshot ${snapshotId} once its OMI has let it go`,
            phase: "omi",
            timeoutSeconds,
            worthWaiting: (error) => isConflict(error) || error.retryable,
            signal
          });
        } catch (error) {
          if (!isNotFound(error))
            throw error;
        }
      }
      ;
      async function findSourceCopy(client, entry) {
        const { imageId, imageName, accountId: accountId2, buildId } = entry;
        if (imageId)
          return readById(() => readImage(client, imageId));
        if (!imageName || !accountId2 || !buildId)
          return void 0;
        const images = await client.readImages({ ImageNames: [imageName], AccountIds: [accountId2] });
        return images.find((image) => {
          const tagged = image.Tags?.find((tag) => tag.Key === buildIdTag)?.Value;
          return image.ImageName === imageName && image.AccountId === accountId2 && (tagged === void 0 || tagged === buildId);
        });
      }
      function recogniseSourceCopy(image) {
        const resource = {
          ...candidate("source-copy", image.ImageId, image.Tags),
          snapshotIds: snapshotsOf(image)
        };
        if (image.State === "pending")
          return { ...resource, running: "its source copy is pending" };
        return resource;
      }
      const sourceCopy = {
        describe: ({ imageId, imageName }) => `source-copy ${imageId ?? `"${imageName}"`}`,
        async undo(resource, { client, config }) {
          const copy = await findSourceCopy(client, resource);
          if (!copy)
            return;
          await ignoringGone(() => client.deleteImage({ ImageId: copy.ImageId }));
          for (const snapshotId of snapshotsOf(copy)) {
            await deleteReleasedSnapshot(client, snapshotId, config.timeouts.omi);
          }
        },
        find: findSourceCopy,
        sweep: {
          order: 2,
          label: "source OMI copy",
          recognise: (inventory) => inventory.copies.map(recogniseSourceCopy),
          async delete(orphan, { client, linkTimeoutSeconds, signal }) {
            const snapshotIds = orphan.snapshotIds ?? [];
            await ignoringGone(async () => {
              if (snapshotIds.length > 0) {
                const tags = { [buildIdTag]: orphan.buildId, [createdAtTag]: orphan.createdAt };
                await client.createTags({ ResourceIds: snapshotIds, Tags: toResourceTags(tags) }, signal);
              }
              await ignoringGone(() => client.deleteImage({ ImageId: orphan.id }, signal));
              for (const snapshotId of snapshotIds) {
                const users = await client.readImages({ BlockDeviceMappingSnapshotIds: [snapshotId] }, signal);
                if (users.length === 0) {
                  await deleteReleasedSnapshot(client, snapshotId, linkTimeoutSeconds, signal);
                }
              }
            });
          }
        }
      };
      ;
      const resources = {
        "source-copy": sourceCopy,
        lock,
        volume,
        link: link_link,
        mount,
        "mount-path-claim": mountPathClaim,
        "copied-files": copiedFiles,
        "policy-rcd": policyRcd,
        snapshot,
        image: image_image
      };
      function moduleOf(resource) {
        return resources[resource.kind];
      }
      function describeResource(resource) {
        return moduleOf(resource).describe(resource);
      }
      function undoResource(resource, means, journal) {
        return moduleOf(resource).undo(resource, means, journal);
      }
      function isProduct(resource) {
        return moduleOf(resource).product !== void 0;
      }
      async function keepProduct(resource, image, means) {
        await moduleOf(resource).product?.kept?.(resource, image, means);
      }
      function sweepRules() {
        return Object.keys(resources).flatMap((kind) => {
          const rule = resources[kind].sweep;
          return rule ? [{ kind, rule }] : [];
        }).sort((a, b) => a.rule.order - b.rule.order);
      }
      ;
      function undo_describe(entry) {
        return describeResource(entry.resource);
      }
      async function undo(journal, means, kinds) {
        for (const entry of journal.active().filter((e) => kinds.includes(e.resource.kind))) {
          await undoResource(entry.resource, means, journal);
          journal.mark(entry, "undone");
          log.debug(`Undone: ${undo_describe(entry)}`);
        }
      }
      async function registeredImage(journal, means, seenAvailable) {
        const entry = journal.active().find((e) => e.resource.kind === "image");
        if (!entry || entry.resource.kind !== "image")
          return { keep: false };
        const { imageId } = entry.resource;
        if (seenAvailable?.State === "available" && imageId && seenAvailable.ImageId === imageId) {
          return { keep: true, image: seenAvailable };
        }
        try {
          const image = await findImage(means.client, entry.resource);
          return image?.State === "available" ? { keep: true, image } : { keep: false };
        } catch (error) {
          log.warning(`Could not read OMI ${entry.resource.imageId ?? entry.resource.imageName} to decide whether to keep it (${error instanceof Error ? error.message : String(error)}).`);
          return { keep: entry.resource.imageId !== void 0 };
        }
      }
      async function cleanUp(journal, means, outcome, seenAvailable) {
        const problems = [];
        const registered = await registeredImage(journal, means, seenAvailable);
        const image = registered.image;
        const keepProducts = outcome === "succeeded" || registered.keep;
        if (image && outcome !== "succeeded") {
          log.warning(`The build ${outcome} after registering OMI ${image.ImageId} "${image.ImageName}": it is kept, with its snapshot.`);
        }
        for (const entry of journal.active()) {
          if (keepProducts && isProduct(entry.resource)) {
            journal.mark(entry, "kept");
            if (image)
              await keepProduct(entry.resource, image, means);
            continue;
          }
          try {
            await undoResource(entry.resource, means, journal);
            journal.mark(entry, "undone");
            log.info(`Cleaned up ${undo_describe(entry)}`);
          } catch (error) {
            problems.push(`${undo_describe(entry)}: ${error instanceof Error ? error.message : String(error)}`);
          }
        }
        if (problems.length > 0) {
          throw new Error(`could not clean up everything; left behind:
- ${problems.join("\n- ")}`);
        }
      }
      ;
      function buildStep(definition) {
        const { name, title, skip, run: run2 } = definition;
        return {
          name,
          title,
          ...skip ? { skip } : {},
          run: (context) => run2(context, {
            journal: context.journal.forStep(name),
            need: (result) => need(context, result, name)
          })
        };
      }
      ;
      async function readOwnAccountId(client, vmId, signal, readVm = async () => (await client.readVms({ VmIds: [vmId] }, signal))[0]) {
        let denied;
        try {
          const [account] = await client.readAccounts(signal);
          if (!account)
            throw new Error("ReadAccounts returned no account for these credentials");
          return account.AccountId;
        } catch (error) {
          if (!(error instanceof OapiError) || error.httpStatus !== 403)
            throw error;
          denied = error;
        }
        const vm = await readVm();
        const accountId2 = vm?.Nics?.find((nic) => nic.AccountId)?.AccountId;
        if (!accountId2) {
          throw new Error(`This access key is denied ReadAccounts (HTTP 403) and the runner VM ${vmId} has no network interface naming its account, so the build cannot tell this account's OMIs from others': allow ReadAccounts in the key's EIM policy. (${denied.message})`, { cause: denied });
        }
        log.info(`This access key is denied ReadAccounts (HTTP 403): account ${accountId2} is taken from the network interface of the runner VM ${vmId}.`);
        return accountId2;
      }
      ;
      const runnerVms = /* @__PURE__ */ new WeakMap();
      const accountIds = /* @__PURE__ */ new WeakMap();
      function once(cache, context, read) {
        let pending = cache.get(context);
        if (!pending) {
          pending = read();
          cache.set(context, pending);
        }
        return pending;
      }
      function readRunnerVm(context) {
        const { client, vmId, signal } = context;
        return once(runnerVms, context, async () => {
          const [vm] = await client.readVms({ VmIds: [vmId] }, signal);
          return vm;
        });
      }
      function readAccountId(context) {
        return once(accountIds, context, () => readOwnAccountId(context.client, context.vmId, context.signal, () => readRunnerVm(context)));
      }
      ;
      const stepCheckCredentials = buildStep({
        name: "StepCheckCredentials",
        title: "Checking the credentials",
        async run(context) {
          const { region } = context;
          try {
            await readRunnerVm(context);
          } catch (error) {
            if (error instanceof OapiError && error.httpStatus === 401) {
              throw new Error(`the Outscale API refused the credentials in region ${region} (${error.message}). Check access_key/secret_key (or OSC_ACCESS_KEY/OSC_SECRET_KEY), region, and that the runner clock is right.`, { cause: error });
            }
            throw error;
          }
        }
      });
      ;
      const NAMESPACES = ["--pid", "--fork", "--kill-child", "--mount", "--propagation", "private"];
      const PROVISION_NAMESPACES = [...NAMESPACES, "--ipc", "--uts"];
      const PROC_OPTIONS = "ro,nosuid,nodev,noexec";
      const IMAGE_CAPABILITIES = [
        "chown",
        "dac_override",
        "fowner",
        "fsetid",
        "kill",
        "setgid",
        "setuid",
        "setpcap",
        "setfcap",
        "mknod",
        "net_bind_service",
        "net_raw",
        "sys_chroot",
        "audit_write"
      ];
      const BOUNDING_SET = ["-all", ...IMAGE_CAPABILITIES.map((name) => `+${name}`)].join(",");
      const SCRIPT_NAME = "osc-chroot-sandbox";
      const PROVISION_SCRIPT = `set -e
root=$1 proc=$2 environment=$3 capabilities=$4
shift 4
mount -t proc -o ${PROC_OPTIONS} osc-chroot-proc "$proc" || {
  echo "osc-chroot: cannot mount a private /proc on $proc" >&2
  exit 125
}
setpriv=$(command -v setpriv) chroot=$(command -v chroot)
cd "$root"
mount --move . /
set -a
. "$environment"
set +a
rm -rf -- "\${environment%/*}"
exec "$setpriv" --bounding-set "$capabilities" "$chroot" . "$@"`;
      const HOST_COMMAND_SCRIPT = `set -e
proc=$1
mount -t proc -o ${PROC_OPTIONS} osc-chroot-proc "$proc" || {
  echo "osc-chroot: cannot mount a private /proc on $proc" >&2
  exit 125
}
if [ -n "$3" ]; then
  set -a
  . "$3"
  set +a
  rm -rf -- "\${3%/*}"
fi
exec /bin/sh -c "$2"`;
      function needsSandbox(config) {
        return config.provision.trim() !== "" || config.provisionScripts.length > 0 || config.provisionHostCommands.length > 0 || (config.templateProvisioners ?? []).some((provisioner) => provisioner.type !== "file");
      }
      const checked = /* @__PURE__ */ new WeakMap();
      function assertSandboxAvailable(runner) {
        let check = checked.get(runner);
        if (!check) {
          const probe2 = ["unshare", ...PROVISION_NAMESPACES, "--", "setpriv", "--bounding-set"];
          check = runner.run([...probe2, BOUNDING_SET, "true"], { quiet: true }).then(() => void 0, (error) => {
            checked.delete(runner);
            const reason = error instanceof CommandError ? error.stderrTail || error.message : error;
            throw new Error(`Provisioning runs in its own PID, mount, IPC and UTS namespaces with fewer capabilities, but "unshare ${PROVISION_NAMESPACES.join(" ")} -- setpriv --bounding-set ... true" failed: ${String(reason)}. It needs util-linux's unshare and setpriv (2.32 or later, package util-linux) run as root (through command_wrapper), on a kernel with namespaces.`);
          });
          checked.set(runner, check);
        }
        return check;
      }
      async function imageProc(runner, mountPath) {
        const proc = await resolveInImage(runner, mountPath, "/proc");
        if (proc.info.type === "missing") {
          await runner.run(["mkdir", "-p", "-m", "0555", "--", proc.hostPath], { quiet: true });
        } else if (proc.info.type !== "directory") {
          throw new Error(`The image's /proc (${proc.pathInImage}) is not a directory.`);
        }
        return proc.hostPath;
      }
      function writeEnvironmentFile(environment) {
        assertVariableNames(Object.keys(environment), "the environment of a sandboxed command");
        const dir = (0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "osc-chroot-env-"));
        const path = (0, external_node_path_.join)(dir, "environment");
        const lines2 = Object.entries(environment).map(([name, value]) => `${name}=${(0, shell_quote.quote)([value])}
`);
        const remove = () => (0, external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        try {
          (0, external_node_fs_.writeFileSync)(path, lines2.join(""), { mode: 384, flag: "wx" });
        } catch (error) {
          remove();
          throw error;
        }
        return { path, remove };
      }
      async function runInSandboxedChroot(sandboxed) {
        const { runner, mountPath, command } = sandboxed;
        await assertSandboxAvailable(runner);
        const proc = await imageProc(runner, mountPath);
        const environmentFile = writeEnvironmentFile(sandboxed.environment);
        try {
          return await runner.run([
            // Nothing of the runner's environment goes on: the file gives the command's.
            "env",
            "-i",
            "PATH=/usr/sbin:/usr/bin:/sbin:/bin",
            "unshare",
            ...PROVISION_NAMESPACES,
            "--",
            "/bin/sh",
            "-c",
            PROVISION_SCRIPT,
            SCRIPT_NAME,
            mountPath,
            proc,
            environmentFile.path,
            BOUNDING_SET,
            ...command
          ], { display: `chroot ${mountPath} ${(0, shell_quote.quote)(command)}`, ...sandboxed.options });
        } finally {
          environmentFile.remove();
        }
      }
      async function runHostCommandBesideChroot(runner, mountPath, command, options2 = {}, environment = {}) {
        await assertSandboxAvailable(runner);
        const proc = await imageProc(runner, mountPath);
        const environmentFile = Object.keys(environment).length > 0 ? writeEnvironmentFile(environment) : void 0;
        try {
          return await runner.run([
            "unshare",
            ...NAMESPACES,
            "--",
            "/bin/sh",
            "-c",
            HOST_COMMAND_SCRIPT,
            SCRIPT_NAME,
            proc,
            command,
            environmentFile?.path ?? ""
          ], { display: command, userCommand: true, ...options2 });
        } finally {
          environmentFile?.remove();
        }
      }
      ;
      const stepCheckSandbox = buildStep({
        name: "StepCheckSandbox",
        title: "Checking the provisioning sandbox's tools",
        skip: ({ config, leftOpen }) => config.dryRun || !(leftOpen || needsSandbox(config)),
        async run({ host }) {
          await assertSandboxAvailable(host);
        }
      });
      ;
      const hostDeviceLayout = {
        devDir: "/dev",
        sysBlockDir: "/sys/block",
        byIdDir: "/dev/disk/by-id"
      };
      const QEMU_BY_ID_PREFIX = "scsi-0QEMU_QEMU_HARDDISK_sd";
      const CANDIDATE_LETTERS = "fghijklmnopqrstuvwxyz".split("");
      function deviceLetters(deviceName) {
        return /^(?:\/dev\/)?(?:xvd|sd|vd)([a-z]+)\d*$/.exec(deviceName)?.[1];
      }
      function qemuByIdName(deviceName) {
        const letters = deviceLetters(deviceName);
        return letters === void 0 ? void 0 : `${QEMU_BY_ID_PREFIX}${letters}`;
      }
      function exists(path) {
        try {
          (0, external_node_fs_.lstatSync)(path);
          return true;
        } catch {
          return false;
        }
      }
      function listDir(path) {
        try {
          return (0, external_node_fs_.readdirSync)(path);
        } catch {
          return [];
        }
      }
      function devicePrefix(layout = hostDeviceLayout) {
        const disks = listDir(layout.sysBlockDir);
        if (disks.some((disk) => disk.startsWith("xvd")))
          return "xvd";
        if (disks.some((disk) => disk.startsWith("sd")))
          return "sd";
        return "xvd";
      }
      function whyInUse(deviceName, options2, layout) {
        const letters = deviceLetters(deviceName);
        const name = deviceName.replace(/^\/dev\//, "");
        const usedLink = options2.usedByVm.find((used) => deviceLetters(used) === letters);
        if (usedLink)
          return `a volume of this VM is linked as ${usedLink}`;
        const claimed = options2.claimedByBuilds?.find((used) => deviceLetters(used) === letters);
        if (claimed)
          return `another osc-chroot build on this host is linking a volume as ${claimed}`;
        const hostPaths = [
          (0, external_node_path_.join)(layout.devDir, name),
          (0, external_node_path_.join)(layout.devDir, `${name}1`),
          (0, external_node_path_.join)(layout.sysBlockDir, name),
          (0, external_node_path_.join)(layout.byIdDir, `${QEMU_BY_ID_PREFIX}${letters}`)
        ];
        const present = hostPaths.find(exists);
        return present ? `${present} exists on this host` : void 0;
      }
      function chooseDeviceName(options2) {
        const layout = options2.layout ?? hostDeviceLayout;
        const prefix = devicePrefix(layout);
        const reasons = [];
        for (const letter of CANDIDATE_LETTERS) {
          const candidate2 = `/dev/${prefix}${letter}`;
          const reason = whyInUse(candidate2, options2, layout);
          if (!reason) {
            log.info(`Device name: ${candidate2}`);
            return candidate2;
          }
          reasons.push(`${candidate2}: ${reason}`);
        }
        throw new Error(`No free device name: /dev/${prefix}f to /dev/${prefix}z are all in use (${reasons.join("; ")}). Unlink leftover volumes from this VM, or set device_path.`);
      }
      const LINKABLE_NAME = /^\/dev\/(?:xvd|sd)[b-z][a-z]?$/;
      function checkDevicePath(devicePath2, options2) {
        const layout = options2.layout ?? hostDeviceLayout;
        let name = devicePath2;
        if (name.startsWith("/dev/vd")) {
          name = name.replace("/dev/vd", "/dev/xvd");
          log.info(`device_path: ${devicePath2} becomes ${name} (the API does not accept /dev/vd names)`);
        }
        if (!LINKABLE_NAME.test(name)) {
          throw new Error(`device_path ${JSON.stringify(devicePath2)} is not a name LinkVolume accepts: use /dev/xvd[b-z] or /dev/sd[b-z] (optionally with a second letter a-z), or leave it empty to choose one.`);
        }
        const reason = whyInUse(name, options2, layout);
        if (reason) {
          throw new Error(`device_path ${name} is already in use: ${reason}. Choose another device_path or leave it empty.`);
        }
        return name;
      }
      ;
      const GIB = 1024 ** 3;
      class DeviceProofError extends Error {
        wait;
        constructor(message, wait = false) {
          super(message);
          this.wait = wait;
        }
      }
      function readSys(path) {
        try {
          return (0, external_node_fs_.readFileSync)(path, "utf8").trim();
        } catch {
          return void 0;
        }
      }
      function resolvesTo(link, device) {
        try {
          return (0, external_node_fs_.realpathSync)(link) === device;
        } catch {
          return false;
        }
      }
      function sysDir(majorMinor) {
        try {
          return (0, external_node_fs_.realpathSync)((0, external_node_path_.join)("/sys/dev/block", majorMinor));
        } catch {
          return void 0;
        }
      }
      function rootDiskNumbers() {
        const numbers = /* @__PURE__ */ new Set();
        const add = (majorMinor) => {
          if (!majorMinor || numbers.has(majorMinor))
            return;
          numbers.add(majorMinor);
          const dir = sysDir(majorMinor);
          if (!dir)
            return;
          if ((0, external_node_fs_.existsSync)((0, external_node_path_.join)(dir, "partition")))
            add(readSys((0, external_node_path_.join)(dir, "..", "dev")));
          let slaves = [];
          try {
            slaves = (0, external_node_fs_.readdirSync)((0, external_node_path_.join)(dir, "slaves"));
          } catch {
          }
          for (const slave of slaves)
            add(readSys((0, external_node_path_.join)(dir, "slaves", slave, "dev")));
        };
        add(majorMinorOf((0, external_node_fs_.statSync)("/").dev));
        return [...numbers];
      }
      function holders(disk) {
        const dir = (0, external_node_path_.join)("/sys/block", disk);
        const found = [];
        const list = (path) => {
          try {
            found.push(...(0, external_node_fs_.readdirSync)((0, external_node_path_.join)(path, "holders")));
          } catch {
          }
        };
        list(dir);
        try {
          for (const entry of (0, external_node_fs_.readdirSync)(dir))
            if (entry.startsWith(disk))
              list((0, external_node_path_.join)(dir, entry));
        } catch {
        }
        return found;
      }
      function proveNewVolume(input) {
        const { device, option } = input;
        const name = (0, external_node_path_.basename)(device);
        const fail2 = (why, wait = false) => new DeviceProofError(`${option} ${device} is not the volume this build linked as ${input.requestedName}: ${why}. Nothing was written to it. ` + (option === "nvme_device_path" ? "Set nvme_device_path to the disk the new volume appears as (see `lsblk`), or leave it empty to let the build find it." : "Check the runner for leftover volumes or udev links, or set nvme_device_path."), wait);
        const majorMinor = blockDeviceNumber(device);
        if (!majorMinor)
          throw fail2("it is not a block device");
        if (!(0, external_node_fs_.existsSync)((0, external_node_path_.join)("/sys/block", name))) {
          throw fail2("it is a partition, not a whole disk");
        }
        if (rootDiskNumbers().includes(majorMinor)) {
          throw fail2("it is the disk holding / (the runner's own system)");
        }
        const mounted = mountsOf(device);
        if (mounted.length > 0) {
          throw fail2(`it holds mounted file systems (${mounted.map((m) => m.mountPoint).join(", ")})`);
        }
        const stacked = holders(name);
        if (stacked.length > 0)
          throw fail2(`it is in use by ${stacked.join(", ")}`);
        const byIdName = qemuByIdName(input.requestedName);
        const byIdPath = byIdName ? (0, external_node_path_.join)(input.byIdDir, byIdName) : void 0;
        const namedByLink = byIdPath !== void 0 && resolvesTo(byIdPath, device);
        const before = input.disksBeforeLink[name];
        const bytes = Number(readSys((0, external_node_path_.join)("/sys/block", name, "size")) ?? 0) * 512;
        const appeared = before === void 0 || before === 0 && bytes > 0;
        if (!namedByLink && before === 0 && bytes === 0) {
          throw fail2("its size is still 0, as before LinkVolume (not attached yet)", true);
        }
        if (!namedByLink && !appeared) {
          throw fail2(`it was already on this runner before LinkVolume (${(before / GIB).toFixed(2)} GiB), and ` + (byIdPath ? `${byIdPath} does not lead to it` : "no by-id link names it"));
        }
        const expected = input.volumeSizeGiB * GIB;
        if (bytes !== expected) {
          throw fail2(`its size is ${(bytes / GIB).toFixed(2)} GiB, the volume's is ${input.volumeSizeGiB} GiB`, bytes === 0);
        }
        return { device, majorMinor, byIdPath: namedByLink ? byIdPath : void 0 };
      }
      function nvmeDiskPath(nvmeDevicePath) {
        const prefix = /^(\/dev\/nvme\d+n\d+)p$/.exec(nvmeDevicePath);
        return prefix ? { disk: prefix[1], rewritten: true } : { disk: nvmeDevicePath, rewritten: false };
      }
      ;
      function nearestExisting(directory) {
        let current = directory;
        while (!(0, external_node_fs_.existsSync)(current) && (0, external_node_path_.dirname)(current) !== current)
          current = (0, external_node_path_.dirname)(current);
        return current;
      }
      class DeviceWatch {
        directories;
        watchers = /* @__PURE__ */ new Map();
        changed = false;
        wake;
        closed = false;
        /** Watches each directory (or its nearest existing parent) for entries made or removed. */
        constructor(directories) {
          this.directories = directories;
          this.arm();
        }
        /** (Re)places watchers on the deepest existing directory of each one asked for. */
        arm() {
          if (this.closed)
            return;
          const wanted = new Set(this.directories.map(nearestExisting));
          for (const [directory, watcher] of this.watchers) {
            if (wanted.has(directory))
              continue;
            watcher.close();
            this.watchers.delete(directory);
          }
          for (const directory of wanted) {
            if (this.watchers.has(directory))
              continue;
            try {
              const watcher = (0, external_node_fs_.watch)(directory, { persistent: false }, () => this.notify());
              watcher.on("error", () => {
                watcher.close();
                this.watchers.delete(directory);
                this.notify();
              });
              this.watchers.set(directory, watcher);
            } catch {
            }
          }
        }
        notify() {
          this.changed = true;
          this.arm();
          this.wake?.();
        }
        /** The directories watched now. */
        watched() {
          return [...this.watchers.keys()];
        }
        /**
         * Resolves with 'event' at the first change since the last call (at once if one came in
         * meanwhile), or 'rescan' after `ms`; rejects when the signal aborts.
         */
        async next(ms, signal) {
          if (this.changed) {
            this.changed = false;
            return "event";
          }
          signal?.throwIfAborted();
          return new Promise((resolve, reject) => {
            const finish = () => {
              clearTimeout(timer);
              signal?.removeEventListener("abort", onAbort);
              this.wake = void 0;
              this.changed = false;
            };
            const onAbort = () => {
              finish();
              reject(signal?.reason ?? new Error("aborted"));
            };
            const timer = setTimeout(() => {
              finish();
              resolve("rescan");
            }, ms);
            this.wake = () => {
              finish();
              resolve("event");
            };
            signal?.addEventListener("abort", onAbort, { once: true });
          });
        }
        close() {
          this.closed = true;
          for (const watcher of this.watchers.values())
            watcher.close();
          this.watchers.clear();
          this.wake = void 0;
        }
      }
      ;
      const block_device_GIB = 1024 ** 3;
      function diskSizeBytes(disk) {
        try {
          return Number((0, external_node_fs_.readFileSync)((0, external_node_path_.join)("/sys/block", disk, "size"), "utf8").trim()) * 512;
        } catch {
          return void 0;
        }
      }
      function snapshotDisks() {
        const snapshot2 = {};
        let disks;
        try {
          disks = (0, external_node_fs_.readdirSync)("/sys/block");
        } catch {
          return snapshot2;
        }
        for (const disk of disks.sort())
          snapshot2[disk] = diskSizeBytes(disk) ?? 0;
        return snapshot2;
      }
      function blockDeviceAt(path) {
        try {
          return (0, external_node_fs_.statSync)(path).isBlockDevice() ? (0, external_node_fs_.realpathSync)(path) : void 0;
        } catch {
          return void 0;
        }
      }
      function partitionPath(disk, number) {
        return /\d$/.test(disk) ? `${disk}p${number}` : `${disk}${number}`;
      }
      function kernelPartitions(disk) {
        const name = (0, external_node_path_.basename)(disk);
        const dir = (0, external_node_path_.join)("/sys/class/block", name);
        const partitions = [];
        let entries;
        try {
          entries = (0, external_node_fs_.readdirSync)(dir);
        } catch {
          return partitions;
        }
        for (const entry of entries) {
          if (!entry.startsWith(name))
            continue;
          try {
            const number = Number((0, external_node_fs_.readFileSync)((0, external_node_path_.join)(dir, entry, "partition"), "utf8").trim());
            partitions.push({ number, path: `/dev/${entry}` });
          } catch {
          }
        }
        return partitions.sort((a, b) => a.number - b.number);
      }
      async function partitionTable(runner, disk) {
        const result = await runner.run(["partx", "-g", "-o", "NR", disk], {
          quiet: true,
          allowedExitCodes: [0, 1]
        });
        return result.stdout.split("\n").map((line) => Number(line.trim())).filter((n) => Number.isInteger(n) && n > 0);
      }
      async function refreshPartitions(runner, disk) {
        const table = await partitionTable(runner, disk);
        const isVisible = (n) => kernelPartitions(disk).some((p) => p.number === n && (0, external_node_fs_.existsSync)(p.path));
        if (table.some((n) => !isVisible(n))) {
          await runner.run(["partx", "-a", disk], { quiet: true, allowedExitCodes: [0, 1] });
          for (let waited = 0; waited < 5e3 && table.some((n) => !isVisible(n)); waited += 100) {
            await (0, promises_.setTimeout)(100);
          }
        }
        const partitions = kernelPartitions(disk);
        if (partitions.length > 0)
          log.debug(`Partitions of ${disk}: ${partitions.map((p) => p.path).join(", ")}`);
        return partitions;
      }
      function lookByName(options2, byIdDir) {
        const seen = [];
        if (options2.nvmeDevicePath) {
          const device = blockDeviceAt(nvmeDiskPath(options2.nvmeDevicePath).disk);
          if (device)
            return { found: { device, foundBy: "nvme_device_path" }, seen };
          return { seen: [`nvme_device_path ${options2.nvmeDevicePath}: not a block device yet`] };
        }
        const byIdName = qemuByIdName(options2.requestedName);
        if (byIdName) {
          const link = (0, external_node_path_.join)(byIdDir, byIdName);
          const device = blockDeviceAt(link);
          if (device)
            return { found: { device, foundBy: "by-id" }, seen };
          seen.push(`${link}: missing`);
        }
        const named = blockDeviceAt(options2.requestedName);
        if (named)
          return { found: { device: named, foundBy: "requested name" }, seen };
        seen.push(`${options2.requestedName}: missing`);
        return { seen };
      }
      function byIdLinkTo(requestedName, device, byIdDir) {
        const byIdName = qemuByIdName(requestedName);
        if (!byIdName)
          return void 0;
        const link = (0, external_node_path_.join)(byIdDir, byIdName);
        return blockDeviceAt(link) === device ? link : void 0;
      }
      function hostHasByIdNames(byIdDir) {
        try {
          return (0, external_node_fs_.readdirSync)(byIdDir).some((name) => name.startsWith(QEMU_BY_ID_PREFIX));
        } catch {
          return false;
        }
      }
      function majorMinorOfDisk(disk) {
        try {
          return (0, external_node_fs_.readFileSync)((0, external_node_path_.join)("/sys/block", disk, "dev"), "utf8").trim();
        } catch {
          return void 0;
        }
      }
      function lookForNewDisk(options2) {
        const others = options2.otherLinks?.() ?? [];
        const size = options2.volumeSizeGiB;
        const unproven = others.filter((entry) => entry.sizeGiB === size && !entry.majorMinor);
        if (unproven.length > 0) {
          return {
            seen: [
              `new disks since the link: not chosen while ${unproven.map((e) => e.volumeId).join(", ")} (other builds' volumes of ${size} GiB) are not found yet`
            ]
          };
        }
        const proven = new Set(others.map((entry) => entry.majorMinor));
        const expectedBytes = size * block_device_GIB;
        const before = options2.disksBeforeLink;
        const sized = Object.entries(snapshotDisks()).filter(([disk, bytes]) => !(disk in before) || before[disk] === 0 && bytes > 0).filter(([disk]) => !proven.has(majorMinorOfDisk(disk))).map(([disk, bytes]) => ({ disk, bytes }));
        const matching2 = sized.filter((d) => d.bytes === expectedBytes && blockDeviceAt(`/dev/${d.disk}`));
        if (matching2.length === 1) {
          return {
            found: { device: `/dev/${matching2[0].disk}`, foundBy: "new disk of the volume size" },
            seen: []
          };
        }
        const described = sized.map((d) => `${d.disk} (${(d.bytes / block_device_GIB).toFixed(2)} GiB)`);
        return {
          seen: [
            `new disks since the link: ${described.length > 0 ? described.join(", ") : "none"}` + (matching2.length > 1 ? ` (${matching2.length} of ${size} GiB: ambiguous)` : "")
          ]
        };
      }
      async function lookOnce(options2, byIdDir) {
        const byName = lookByName(options2, byIdDir);
        if (byName.found || options2.nvmeDevicePath)
          return byName;
        if (hostHasByIdNames(byIdDir)) {
          const why = `this host names disks in ${byIdDir}: waiting for ours`;
          return { seen: [...byName.seen, `new disks since the link: not looked at (${why})`] };
        }
        if (!options2.exclusively)
          return byName;
        const fallback = await options2.exclusively(() => lookForNewDisk(options2));
        if (!fallback) {
          return { seen: [...byName.seen, "new disks since the link: not looked at (host lock busy)"] };
        }
        return { found: fallback.found, seen: [...byName.seen, ...fallback.seen] };
      }
      function watchedDirectories(options2, byIdDir) {
        const named = options2.nvmeDevicePath ? [nvmeDiskPath(options2.nvmeDevicePath).disk] : [options2.requestedName];
        return [.../* @__PURE__ */ new Set([...named.map(external_node_path_.dirname), byIdDir, "/sys/block"])];
      }
      async function settleUdev(options2) {
        if (!(0, external_node_fs_.existsSync)(options2.udevControlPath ?? "/run/udev/control"))
          return;
        const udevadm = findExecutable("udevadm");
        if (!udevadm)
          return;
        await options2.runner.run([udevadm, "settle", "--timeout=5"], {
          quiet: true,
          allowedExitCodes: [0, 1],
          signal: options2.signal
        });
      }
      function findExecutable(name) {
        const dirs = (process.env.PATH ?? "").split(external_node_path_.delimiter).concat(["/usr/sbin", "/sbin", "/usr/bin", "/bin"]);
        return dirs.map((dir) => (0, external_node_path_.join)(dir, name)).find((path) => (0, external_node_fs_.existsSync)(path));
      }
      const lookedOn = {
        "first look": "on the first look",
        event: "woken by an inotify event",
        rescan: "on the safety re-scan"
      };
      const SETTLING_MS = 100;
      async function waitForBlockDevice(options2) {
        if (options2.nvmeDevicePath && nvmeDiskPath(options2.nvmeDevicePath).rewritten) {
          log.warning(`nvme_device_path ${options2.nvmeDevicePath} is Packer's partition prefix; using the disk ${nvmeDiskPath(options2.nvmeDevicePath).disk}. Set nvme_device_path to the disk itself.`);
        }
        const byIdDir = options2.byIdDir ?? "/dev/disk/by-id";
        const rescanMs = options2.rescanMs ?? 1e3;
        const started = Date.now();
        const timeoutMs = options2.timeoutSeconds * 1e3;
        let deadline = options2.timeoutStarts ? Infinity : started + timeoutMs;
        options2.timeoutStarts?.then(
          () => deadline = Date.now() + timeoutMs,
          () => void 0
          // the link failed: its own error ends the build
        );
        const watch = new DeviceWatch(watchedDirectories(options2, byIdDir));
        let wokenBy = "first look";
        try {
          for (; ; ) {
            await settleUdev(options2);
            const look = await lookOnce(options2, byIdDir);
            let unproven;
            if (look.found) {
              const { device, foundBy } = look.found;
              try {
                const proven = proveNewVolume({
                  device,
                  option: foundBy === "nvme_device_path" ? "nvme_device_path" : `block device (${foundBy})`,
                  requestedName: options2.requestedName,
                  volumeSizeGiB: options2.volumeSizeGiB,
                  disksBeforeLink: options2.disksBeforeLink,
                  byIdDir
                });
                const elapsed = ((Date.now() - started) / 1e3).toFixed(2);
                log.info(`Block device of ${options2.requestedName}: ${device} (found by ${foundBy} after ${elapsed} s, ${lookedOn[wokenBy]})`);
                const partitions = await refreshPartitions(options2.runner, device);
                return {
                  device,
                  partitions,
                  foundBy,
                  majorMinor: proven.majorMinor,
                  byIdPath: proven.byIdPath,
                  wokenBy
                };
              } catch (error) {
                if (!(error instanceof DeviceProofError && error.wait))
                  throw error;
                unproven = error;
              }
            }
            const remaining = deadline - Date.now();
            if (remaining <= 0) {
              if (unproven)
                throw unproven;
              throw new Error(`The volume linked as ${options2.requestedName} did not appear as a block device within ${options2.timeoutSeconds} s (timeouts.device). Looked for: ${look.seen.join("; ")}. Raise timeouts.device, or set nvme_device_path to the device this VM shows.`);
            }
            const waitMs = Math.min(unproven ? SETTLING_MS : rescanMs, remaining);
            wokenBy = await watch.next(waitMs, options2.signal);
          }
        } finally {
          watch.close();
        }
      }
      ;
      async function detectFsType(runner, device) {
        const result = await runner.run(["blkid", "-p", "-o", "value", "-s", "TYPE", device], {
          quiet: true,
          allowedExitCodes: [0, 2, 8]
        });
        return result.stdout.trim() || void 0;
      }
      function mountOptionsFor(fsType, userOptions) {
        const options2 = [...userOptions];
        if (fsType === "xfs" && !userOptions.includes("nouuid"))
          options2.push("nouuid");
        options2.push("nodev");
        return options2;
      }
      function mountArgv(fsType, options2, device, target) {
        return ["mount", "-t", fsType, ...options2.flatMap((option) => ["-o", option]), device, target];
      }
      ;
      const ROOT_MARKERS = ["/etc/os-release", "/bin/sh", "/sbin/init"];
      function describePartitions(disk, partitions) {
        if (partitions.length === 0)
          return `${disk} has no partitions`;
        return `partitions of ${disk}: ${partitions.map((p) => `${p.number} (${p.path})`).join(", ")}`;
      }
      async function selectRootPartition(runner, disk, partitions, mountPartition2, probeMountPath) {
        if (mountPartition2 === "auto")
          return findRootPartition(runner, disk, partitions, probeMountPath);
        const number = Number(mountPartition2);
        if (!Number.isInteger(number) || number < 0) {
          throw new Error(`mount_partition ${JSON.stringify(mountPartition2)}: use a partition number, 0 for the whole disk, or auto.`);
        }
        if (number === 0)
          return { number, path: disk };
        const partition = partitions.find((p) => p.number === number);
        if (!partition) {
          throw new Error(`mount_partition ${number}: ${disk} has no partition ${number} (${describePartitions(disk, partitions)}). Set mount_partition to one of them, 0 for the whole disk, or auto.`);
        }
        return partition;
      }
      async function probe(runner, candidate2, mountPath) {
        const fsType = await detectFsType(runner, candidate2.path);
        if (!fsType)
          return { candidate: candidate2, isRoot: false, note: "no file system" };
        if (fsType === "swap")
          return { candidate: candidate2, fsType, isRoot: false, note: "swap" };
        const options2 = mountOptionsFor(fsType, ["ro"]);
        const mounted = await runner.run(mountArgv(fsType, options2, candidate2.path, mountPath), {
          quiet: true,
          allowedExitCodes: [0, 1, 32]
        });
        if (mounted.exitCode !== 0) {
          return { candidate: candidate2, fsType, isRoot: false, note: `cannot mount: ${mounted.stderr.trim()}` };
        }
        try {
          for (const marker of ROOT_MARKERS) {
            const found = await resolveInImage(runner, mountPath, marker);
            if (found.info.type !== "missing")
              return { candidate: candidate2, fsType, isRoot: true, note: `has ${marker}` };
          }
          return { candidate: candidate2, fsType, isRoot: false, note: `none of ${ROOT_MARKERS.join(", ")}` };
        } finally {
          await runner.run(["umount", mountPath], { quiet: true });
        }
      }
      async function findRootPartition(runner, disk, partitions, probeMountPath) {
        const candidates2 = partitions.length > 0 ? partitions : [{ number: 0, path: disk }];
        const probes = [];
        for (const candidate2 of candidates2)
          probes.push(await probe(runner, candidate2, probeMountPath));
        const roots = probes.filter((p) => p.isRoot);
        const summary = probes.map((p) => `${p.candidate.number} (${p.candidate.path}${p.fsType ? `, ${p.fsType}` : ""}: ${p.note})`).join("; ");
        if (roots.length === 1) {
          log.info(`mount_partition auto: partition ${roots[0].candidate.number} (${roots[0].candidate.path}) holds the root file system`);
          return roots[0].candidate;
        }
        const what = roots.length === 0 ? "no partition holds" : `${roots.length} partitions hold`;
        throw new Error(`mount_partition auto: ${what} a root file system on ${disk}: ${summary}. Set mount_partition to the number of the root partition (0 for the whole disk).`);
      }
      ;
      function renderMountPath(template, disk) {
        return (0, external_node_path_.resolve)(render(template, { Device: (0, external_node_path_.basename)(disk) }, "mount_path"));
      }
      async function mount_removeMountDirectory(runner, mountPath) {
        try {
          await fileOperations(runner).removeDirectory(mountPath);
        } catch {
        }
      }
      async function prepareMountDirectory(runner, mountPath) {
        const parentPath = (0, external_node_path_.dirname)(mountPath);
        const parent = await inspectPath(runner, parentPath);
        if (parent.type === "missing") {
          await runner.run(["mkdir", "-p", "--", parentPath], { quiet: true });
          await runner.run(["chmod", "0700", "--", parentPath], { quiet: true });
        } else if (parent.type !== "directory") {
          throw new Error(`mount_path ${mountPath}: its parent ${parentPath} is ${describePathType(parent)}, not a directory. Set mount_path under a root-owned directory, e.g. /mnt/osc-chroot/{{.Device}}.`);
        } else if (parent.uid !== "0" || (parseInt(parent.mode ?? "0", 8) & 18) !== 0) {
          throw new Error(`mount_path ${mountPath}: its parent ${parentPath} (owner uid ${parent.uid}, mode ${parent.mode}) is writable by users other than root, who could replace the mount point before the image is mounted there. Set mount_path under a directory only root can write to, e.g. /mnt/osc-chroot/{{.Device}}.`);
        }
        const existing = await inspectPath(runner, mountPath);
        if (existing.type === "missing") {
          await fileOperations(runner).makeDirectory(mountPath, "0755");
          return true;
        }
        if (existing.type !== "directory") {
          throw new Error(`mount_path ${mountPath} is ${describePathType(existing)}, not a directory: mount would follow it. Remove it, or set mount_path to another directory.`);
        }
        return false;
      }
      function checkMountPathFree(mountPath) {
        const real = canonicalPath(mountPath);
        const why = whyUnsafeMountPath(real);
        if (why) {
          throw new Error(`mount_path ${mountPath} leads to ${real}, which ${why}: ${mountPathAdvice}`);
        }
        const mounts = mountsUnder(real);
        if (mounts.length > 0) {
          const what = mounts[0].mountPoint === real ? "is a mount point" : `holds the mount point ${mounts[0].mountPoint}`;
          throw new Error(`mount_path ${mountPath} ${what} (${mounts[0].source}, ${mounts[0].fsType}): another build, an earlier one, or the runner uses it, and a build only mounts on a directory of its own. Set mount_path to another directory, or unmount it if it was left by an earlier build.`);
        }
      }
      async function mountRoot(options2) {
        const { runner, disk } = options2;
        const diskMajorMinor = blockDeviceNumber(disk);
        if (!diskMajorMinor)
          throw new Error(`${disk} is not a block device: cannot mount it.`);
        const renderedPath = renderMountPath(options2.mountPath, disk);
        checkMountPathFree(renderedPath);
        const createdDirectory = await prepareMountDirectory(runner, renderedPath);
        const mountPath = canonicalPath(renderedPath);
        options2.onMountPathReady?.({ mountPath, createdDirectory, diskMajorMinor });
        try {
          const partitions = await refreshPartitions(runner, disk);
          const chosen = await selectRootPartition(runner, disk, partitions, options2.mountPartition, mountPath);
          const fsType = await detectFsType(runner, chosen.path);
          if (!fsType) {
            throw new Error(`mount_partition ${options2.mountPartition}: no file system found on ${chosen.path} (blkid). Check mount_partition, or create the file system in pre_mount_commands.`);
          }
          const mountOptions = mountOptionsFor(fsType, options2.mountOptions);
          const mounted = await runner.run(mountArgv(fsType, mountOptions, chosen.path, mountPath), {
            allowedExitCodes: [0, 1, 32]
          });
          if (mounted.exitCode !== 0) {
            const chosenOptions = options2.mountOptions.length ? `mount_options ${JSON.stringify(options2.mountOptions)}` : "no mount_options";
            throw new Error(`Cannot mount ${chosen.path} (${fsType}, partition ${chosen.number}) at ${mountPath} with ${chosenOptions}: ${mounted.stderr.trim() || `mount exited with ${mounted.exitCode}`}
Check that every mount_options entry is an option ${fsType} accepts, and mount_partition.`);
          }
          log.info(`Mounted ${chosen.path} (${fsType}${mountOptions.length ? `, ${mountOptions.join(",")}` : ""}) at ${mountPath}`);
          const majorMinor = blockDeviceNumber(chosen.path) ?? "";
          const mount2 = mountsAt(mountPath).reverse().find((entry) => entry.majorMinor === majorMinor);
          if (!mount2)
            throw new Error(`${chosen.path} is not shown mounted at ${mountPath} after mount`);
          return {
            mountPath,
            majorMinor,
            mountId: mount2.id,
            device: chosen.path,
            disk,
            partition: chosen.number,
            fsType,
            options: mountOptions,
            createdDirectory
          };
        } catch (error) {
          if (createdDirectory)
            await mount_removeMountDirectory(runner, mountPath);
          throw error;
        }
      }
      ;
      function usesDevice(mountPath) {
        return renderMountPath(mountPath, "/dev/xvdf") !== renderMountPath(mountPath, "/dev/xvdg");
      }
      const stepClaimMountPath = buildStep({
        name: "StepClaimMountPath",
        title: "Claiming the mount path",
        skip: ({ config }) => usesDevice(config.mountPath),
        async run({ config, buildId, signal }, { journal }) {
          const mountPath = renderMountPath(config.mountPath, "/dev/xvdf");
          const held = await acquireHostLock({ purpose: `osc-chroot build ${buildId}`, signal });
          try {
            checkMountPathFree(mountPath);
            const claim = claimMountPath(canonicalPath(mountPath), buildId);
            journal.record({ kind: "mount-path-claim", claim });
          } finally {
            await held.release();
          }
        }
      });
      ;
      const maxImageNameLength = 128;
      function copyName(sourceName, buildId) {
        const suffix = cleanResourceName(`-osc-chroot-copy-${buildId}`);
        const room = Math.max(0, maxImageNameLength - suffix.length);
        return cleanResourceName(sourceName).slice(0, room) + suffix;
      }
      const stepCopySourceOmi = buildStep({
        name: "StepCopySourceOmi",
        title: "Copying the source OMI into this account",
        skip: ({ config, sourceImage, accountId: accountId2 }) => config.fromScratch || sourceImage?.AccountId === accountId2,
        async run(context, { journal, need: need2 }) {
          const { client, signal, region } = context;
          const source = need2("sourceImage");
          const name = copyName(source.ImageName ?? source.ImageId, context.buildId);
          const found = { imageName: name, accountId: context.accountId, buildId: context.buildId };
          const recorded = journal.record({ kind: "source-copy", ...found });
          const copy = await client.createImage({ SourceImageId: source.ImageId, SourceRegionName: region, ImageName: name }, signal);
          recorded.update({ imageId: copy.ImageId });
          await persist(() => client.createTags({ ResourceIds: [copy.ImageId], Tags: toResourceTags(buildTags(context)) }, signal), persistOptions(context, "omi", `tagging the source copy ${copy.ImageId}`));
          log.info(`Copying ${source.ImageId} to ${copy.ImageId}...`);
          context.baseImage = await waitForImageAvailable(client, copy.ImageId, {
            ...waitOptions(context, "omi"),
            learnAs: "omi-copy"
          });
          log.info(`Copied source OMI: ${copy.ImageId}.`);
        }
      });
      ;
      const tagAfterMs = 2e3;
      async function tagOnceListed(tag, options2, wait) {
        let resolveSeen;
        const seen = new Promise((resolve) => resolveSeen = resolve);
        const timer = setTimeout(() => resolveSeen(), tagAfterMs);
        const listed = () => {
          clearTimeout(timer);
          resolveSeen();
        };
        const waiting = wait({
          ...options2,
          onProgress: (progress) => {
            listed();
            options2.onProgress?.(progress);
          }
        });
        waiting.then(listed, listed);
        const [tagged, ready] = await Promise.allSettled([seen.then(tag), waiting]);
        if (ready.status === "rejected")
          throw ready.reason;
        if (tagged.status === "rejected")
          throw tagged.reason;
        return ready.value;
      }
      ;
      function rootMapping(image) {
        const mapping = image.BlockDeviceMappings?.find((m) => m.DeviceName === image.RootDeviceName);
        if (!mapping?.Bsu?.SnapshotId) {
          throw new Error(`OMI ${image.ImageId} has no BSU root mapping for its root device ${image.RootDeviceName}: it cannot be a chroot source.`);
        }
        return { ...mapping, Bsu: mapping.Bsu };
      }
      function volumeRequest(config, subregion, image) {
        if (config.fromScratch) {
          const type2 = config.rootVolumeType || "gp2";
          return {
            SubregionName: subregion,
            Size: config.rootVolumeSize,
            VolumeType: type2,
            ...type2 === "io1" ? { Iops: config.rootVolumeIops } : {}
          };
        }
        if (!image)
          throw new Error("without from_scratch the volume is made from an OMI, and none was given");
        const bsu = rootMapping(image).Bsu;
        const sourceSize = bsu.VolumeSize ?? 0;
        if (config.rootVolumeSize > 0 && config.rootVolumeSize < sourceSize) {
          log.warning(`root_volume_size ${config.rootVolumeSize} GiB is smaller than the source's ${sourceSize} GiB: keeping ${sourceSize} GiB.`);
        }
        const type = config.rootVolumeType || bsu.VolumeType || "standard";
        const iops = config.rootVolumeIops || (bsu.VolumeType === "io1" ? bsu.Iops : void 0);
        const size = Math.max(sourceSize, config.rootVolumeSize);
        return {
          SubregionName: subregion,
          SnapshotId: bsu.SnapshotId,
          ...size > 0 ? { Size: size } : {},
          VolumeType: type,
          ...type === "io1" && iops ? { Iops: iops } : {}
        };
      }
      const stepCreateVolume = buildStep({
        name: "StepCreateVolume",
        title: "Creating the root volume",
        async run(context, { journal, need: need2 }) {
          const { client, config, signal } = context;
          const tags = {
            ...need2("rendered").rootVolumeTags,
            ...buildTags(context)
          };
          const base = config.fromScratch ? void 0 : need2("baseImage");
          const request = volumeRequest(config, context.subregion, base);
          const clientToken = newClientToken(context.buildId);
          const recorded = journal.record({ kind: "volume", clientToken });
          const volume2 = await client.createVolume({ ...request, ClientToken: clientToken }, signal);
          recorded.update({ volumeId: volume2.VolumeId });
          log.info(`Volume ${volume2.VolumeId}: ${request.Size ?? volume2.Size ?? "the snapshot size in"} GiB ${request.VolumeType}${request.SnapshotId ? ` from ${request.SnapshotId}` : ""}.`);
          context.volume = await tagOnceListed(() => persist(() => client.createTags({ ResourceIds: [volume2.VolumeId], Tags: toResourceTags(tags) }, signal), persistOptions(context, "volume", `tagging volume ${volume2.VolumeId}`)), waitOptions(context, "volume"), (options2) => waitForVolumeAvailable(client, volume2.VolumeId, options2));
        }
      });
      ;
      const stepDeregister = buildStep({
        name: "StepDeregister",
        title: "Deregistering the previous OMI",
        skip: ({ config }) => !config.forceDeregister,
        async run({ client, config, signal }, { need: need2 }) {
          const accountId2 = need2("accountId");
          const images = (await client.readImages({ ImageNames: [config.omiName], AccountIds: [accountId2] }, signal)).filter((image) => image.ImageName === config.omiName);
          if (images.length === 0)
            log.info(`No OMI named "${config.omiName}" to deregister.`);
          for (const image of images) {
            try {
              await client.deleteImage({ ImageId: image.ImageId }, signal);
            } catch (error) {
              if (!isNotFound(error))
                throw error;
            }
            log.info(`Deregistered ${image.ImageId} "${image.ImageName}".`);
            if (!config.forceDeleteSnapshot)
              continue;
            for (const mapping of image.BlockDeviceMappings ?? []) {
              const snapshotId = mapping.Bsu?.SnapshotId;
              if (!snapshotId)
                continue;
              await deleteReleasedSnapshot(client, snapshotId, config.timeouts.omi, signal);
              log.info(`Deleted its snapshot ${snapshotId}.`);
            }
          }
        }
      });
      ;
      const BY_ID_RECORD_NAME = "names-by-id.json";
      function byIdRecordPath(lockPath = hostLockPath()) {
        return (0, external_node_path_.join)((0, external_node_path_.dirname)(lockPath), BY_ID_RECORD_NAME);
      }
      const BOOT_ID_PATH = "/proc/sys/kernel/random/boot_id";
      function currentBootId() {
        try {
          return (0, external_node_fs_.readFileSync)(BOOT_ID_PATH, "utf8").trim() || void 0;
        } catch {
          return void 0;
        }
      }
      function owners() {
        return [0, process.getuid?.() ?? 0];
      }
      function byIdRecordProblem(path = byIdRecordPath()) {
        const directory = directoryProblem((0, external_node_path_.dirname)(path), owners());
        if (directory)
          return `its directory ${(0, external_node_path_.dirname)(path)} is unsafe or missing (${directory.kind})`;
        const stat = (0, external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
        if (!stat)
          return "there is none";
        if (!stat.isFile())
          return "it is not a regular file";
        if ((stat.mode & 18) !== 0)
          return "it is writable by group or others";
        if (!owners().includes(stat.uid))
          return `it belongs to uid ${stat.uid}`;
        let record;
        try {
          record = JSON.parse((0, external_node_fs_.readFileSync)(path, "utf8"));
        } catch {
          return "it is not readable JSON";
        }
        const bootId = currentBootId();
        if (!bootId || record.bootId !== bootId)
          return "it was written during another boot";
        return void 0;
      }
      function hostNamesLinkedVolumesById(path = byIdRecordPath()) {
        const problem = byIdRecordProblem(path);
        if (problem)
          log.debug(`No record that this host names linked volumes by id (${path}: ${problem})`);
        return problem === void 0;
      }
      function recordByIdNaming(proof, path = byIdRecordPath()) {
        if (byIdRecordProblem(path) === void 0)
          return;
        const bootId = currentBootId();
        const directory = directoryProblem((0, external_node_path_.dirname)(path), owners());
        if (!bootId || directory)
          return;
        const record = { bootId, ...proof, provenAt: (/* @__PURE__ */ new Date()).toISOString() };
        const temporary = `${path}.${process.pid}.tmp`;
        try {
          (0, external_node_fs_.rmSync)(temporary, { force: true });
          (0, external_node_fs_.writeFileSync)(temporary, `${JSON.stringify(record)}
`, { mode: 420, flag: "wx" });
          (0, external_node_fs_.renameSync)(temporary, path);
          log.debug(`Recorded in ${path} that this host names linked volumes by id (${proof.byIdPath})`);
        } catch (error) {
          (0, external_node_fs_.rmSync)(temporary, { force: true });
          log.debug(`Could not record that this host names volumes by id in ${path}: ${String(error)}`);
        }
      }
      ;
      async function takeHostLock({ buildId, signal, host }, journal) {
        const held = await acquireHostLock({ purpose: `osc-chroot build ${buildId}`, signal, host });
        journal.record({ kind: "lock", lock: held.lock });
      }
      const stepLock = buildStep({
        name: "StepLock",
        title: "Taking the host device lock",
        async run(context, { journal }) {
          await takeHostLock(context, journal);
        }
      });
      function requireHostLock({ journal }) {
        for (const entry of journal.active("lock")) {
          if (entry.resource.kind !== "lock")
            continue;
          const { lock: lock2 } = entry.resource;
          const problem = hostLockProblem(lock2);
          if (problem) {
            throw new Error(`The host lock ${lock2.path} was lost before LinkVolume (${problem}): another build on this runner may choose the same device name, so this one stops before linking. Run it again; if it keeps happening, the runner is too loaded to refresh the lock in time.`);
          }
        }
      }
      ;
      async function namesUsedByVm(context) {
        const { client, vmId, signal } = context;
        const [vm, volumes] = await Promise.all([
          context.vm ?? client.readVms({ VmIds: [vmId] }, signal).then((vms) => vms[0]),
          client.readVolumes({ LinkVolumeVmIds: [vmId] }, signal)
        ]);
        const fromVm = (vm?.VmId === vmId ? vm.BlockDeviceMappings ?? [] : []).map((mapping) => mapping.DeviceName);
        const fromVolumes = volumes.flatMap((volume2) => (volume2.LinkedVolumes ?? []).filter((link) => link.VmId === vmId && link.State !== "detached").map((link) => link.DeviceName));
        return [...new Set([...fromVm, ...fromVolumes].filter((name) => !!name))];
      }
      const stepReadDeviceNames = buildStep({
        name: "StepReadDeviceNames",
        title: "Reading the device names of this VM's links",
        async run(context) {
          context.namesInUse = await namesUsedByVm(context);
        }
      });
      ;
      const MAX_DEVICE_CHOICES = 3;
      function isDeviceNameRefused(error) {
        return error instanceof OapiError && error.httpStatus === 409 && (error.code === "9004" || error.code === "9003");
      }
      function holdsHostLock(context) {
        return context.journal.active("lock").length > 0;
      }
      async function chooseAndClaim(context, journal, usedByVm, sizeGiB) {
        const { config } = context;
        const volumeId = context.volume.VolumeId;
        if (!holdsHostLock(context))
          await takeHostLock(context, journal);
        const claimedByBuilds = namesClaimedByOtherBuilds(volumeId);
        const deviceName = config.devicePath ? checkDevicePath(config.devicePath, { usedByVm, claimedByBuilds }) : chooseDeviceName({ usedByVm, claimedByBuilds });
        requireHostLock(context);
        recordLink({ volumeId, pid: process.pid, sizeGiB, deviceName });
        return deviceName;
      }
      function exclusively(context) {
        return async (look) => {
          if (context.journal.active("lock").length > 0)
            return look();
          const done = await whileHostLockFree(look, {
            purpose: `osc-chroot build ${context.buildId} (new-disk look)`,
            host: context.host
          });
          return done?.value;
        };
      }
      const stepLinkVolume = buildStep({
        name: "StepLinkVolume",
        title: "Linking the volume to this VM",
        async run(context, { journal, need: need2 }) {
          const { client, config, signal, vmId } = context;
          const volume2 = need2("volume");
          const sizeGiB = volume2.Size ?? 0;
          const { byIdDir } = hostDeviceLayout;
          const keepLock = !config.nvmeDevicePath && !hostHasByIdNames(byIdDir) && !hostNamesLinkedVolumesById();
          if (keepLock) {
            log.info(`This host shows no disk in ${byIdDir} and none was proven by its by-id name since boot: the host lock is kept until this build finds its disk.`);
          }
          let usedByVm = context.namesInUse ?? await namesUsedByVm(context);
          const refused = [];
          let deviceName = await chooseAndClaim(context, journal, usedByVm, sizeGiB);
          let disksBeforeLink = snapshotDisks();
          const link = { kind: "link", volumeId: volume2.VolumeId, vmId, device: deviceName };
          const recorded = journal.record(link);
          for (let choice = 1; ; choice++) {
            context.deviceName = deviceName;
            if (!keepLock)
              await undo(context.journal, context, ["lock"]);
            try {
              await client.linkVolume({ VolumeId: volume2.VolumeId, VmId: vmId, DeviceName: deviceName }, signal);
              break;
            } catch (error) {
              if (!isDeviceNameRefused(error) || config.devicePath || choice >= MAX_DEVICE_CHOICES) {
                throw error;
              }
              refused.push(deviceName);
              log.warning(`LinkVolume refused ${deviceName} as in use (${error.message}); reading the names in use again and choosing another (choice ${choice + 1} of at most ${MAX_DEVICE_CHOICES}).`);
              usedByVm = [...await namesUsedByVm(context), ...refused];
              deviceName = await chooseAndClaim(context, journal, usedByVm, sizeGiB);
              disksBeforeLink = snapshotDisks();
              recorded.update({ device: deviceName });
            }
          }
          log.info(`Linking ${volume2.VolumeId} as ${deviceName}...`);
          const linking = new AbortController();
          const stopWaiting = () => linking.abort(signal.reason);
          signal.addEventListener("abort", stopWaiting, { once: true });
          let found;
          let diskShown;
          const readNow = new Promise((resolve) => diskShown = resolve);
          try {
            const attached = waitForVolumeLinked(client, volume2.VolumeId, vmId, {
              ...waitOptions(context, "link"),
              readNow,
              signal: linking.signal
            }).catch((error) => {
              linking.abort(error);
              throw error;
            });
            const disk = waitForBlockDevice({
              runner: context.host,
              requestedName: deviceName,
              nvmeDevicePath: config.nvmeDevicePath || void 0,
              volumeSizeGiB: sizeGiB,
              disksBeforeLink,
              byIdDir,
              timeoutSeconds: config.timeouts.device,
              timeoutStarts: attached,
              exclusively: exclusively(context),
              otherLinks: () => otherLinks(volume2.VolumeId),
              signal: linking.signal
            }).then(async (proven) => {
              recordLink({
                volumeId: volume2.VolumeId,
                pid: process.pid,
                sizeGiB,
                deviceName,
                majorMinor: proven.majorMinor
              });
              if (proven.byIdPath) {
                recordByIdNaming({ byIdPath: proven.byIdPath, deviceName, device: proven.device });
              }
              diskShown();
              if (keepLock)
                await undo(context.journal, context, ["lock"]);
              return proven;
            }).catch((error) => {
              linking.abort(error);
              throw error;
            });
            [, found] = await Promise.all([attached, disk]);
          } finally {
            signal.removeEventListener("abort", stopWaiting);
          }
          const laterByIdPath = found.byIdPath ? void 0 : byIdLinkTo(deviceName, found.device, byIdDir);
          if (laterByIdPath)
            recordByIdNaming({ byIdPath: laterByIdPath, deviceName, device: found.device });
          context.blockDevice = found.device;
          recorded.update({
            blockDevice: found.device,
            majorMinor: found.majorMinor,
            byIdPath: found.byIdPath
          });
          log.info(`${deviceName} is ${found.device} (found by ${found.foundBy}).`);
        }
      });
      ;
      const standardNodes = [
        { name: "null", kind: "c", major: 1, minor: 3, mode: "0666", gid: 0 },
        { name: "zero", kind: "c", major: 1, minor: 5, mode: "0666", gid: 0 },
        { name: "full", kind: "c", major: 1, minor: 7, mode: "0666", gid: 0 },
        { name: "random", kind: "c", major: 1, minor: 8, mode: "0666", gid: 0 },
        { name: "urandom", kind: "c", major: 1, minor: 9, mode: "0666", gid: 0 },
        { name: "tty", kind: "c", major: 5, minor: 0, mode: "0666", gid: 5 },
        { name: "console", kind: "c", major: 1, minor: 3, mode: "0600", gid: 0 }
      ];
      const standardLinks = [
        ["ptmx", "pts/ptmx"],
        ["fd", "/proc/self/fd"],
        ["stdin", "/proc/self/fd/0"],
        ["stdout", "/proc/self/fd/1"],
        ["stderr", "/proc/self/fd/2"]
      ];
      function private_dev_deviceNumbers(kernelName) {
        const [major, minor] = (0, external_node_fs_.readFileSync)(`/sys/class/block/${kernelName}/dev`, "utf8").trim().split(":").map(Number);
        return { major, minor };
      }
      function diskNodes(disk) {
        let kernelName;
        let entries;
        try {
          kernelName = (0, external_node_path_.basename)((0, external_node_fs_.realpathSync)(disk));
          entries = (0, external_node_fs_.readdirSync)(`/sys/class/block/${kernelName}`);
        } catch (error) {
          throw new Error(`chroot_mounts: the private /dev should hold the build's disk ${disk}, but it is not a block device known to /sys/class/block (${error instanceof Error ? error.message : error}).`, { cause: error });
        }
        const partitions = entries.filter((entry) => {
          try {
            (0, external_node_fs_.readFileSync)(`/sys/class/block/${kernelName}/${entry}/partition`);
            return true;
          } catch {
            return false;
          }
        });
        return [kernelName, ...partitions.sort()].map((name) => ({
          name,
          kind: "b",
          ...private_dev_deviceNumbers(name),
          mode: "0660",
          gid: 6
        }));
      }
      const PRIVATE_DEV_SCRIPT = `set -e
dev=$1
shift
mount -t tmpfs -o mode=0755,nosuid,noexec,size=1m,nr_inodes=4096 osc-chroot-dev "$dev"
mkdir -m 0755 -- "$dev/pts"
mkdir -m 1777 -- "$dev/shm"
while [ "$1" != -- ]; do
  mknod -m "$5" -- "$dev/$1" "$2" "$3" "$4"
  if [ "$6" != 0 ]; then chgrp -- "$6" "$dev/$1"; fi
  shift 6
done
shift
while [ $# -gt 0 ]; do
  ln -s -- "$2" "$dev/$1"
  shift 2
done
mount -t devpts -o newinstance,ptmxmode=0666,mode=0620,gid=5,nosuid,noexec devpts "$dev/pts"
mount -t tmpfs -o mode=1777,nosuid,nodev shm "$dev/shm"
mount -o remount,ro,bind "$dev"`;
      async function mountPrivateDev(runner, hostTarget, disk) {
        const nodes = [...standardNodes, ...disk ? diskNodes(disk) : []];
        await runner.run([
          "/bin/sh",
          "-c",
          PRIVATE_DEV_SCRIPT,
          "osc-chroot-private-dev",
          hostTarget,
          ...nodes.flatMap((node) => [
            node.name,
            node.kind,
            `${node.major}`,
            `${node.minor}`,
            node.mode,
            `${node.gid}`
          ]),
          "--",
          ...standardLinks.flat()
        ], { display: `osc-chroot-private-dev ${hostTarget}` });
      }
      ;
      const PRIVATE_DEV = "private-dev";
      const READ_ONLY_TYPES = /* @__PURE__ */ new Set(["proc", "sysfs"]);
      const READ_ONLY_OPTIONS = "ro,nosuid,nodev,noexec";
      function hostSupportsBinfmtMisc() {
        let filesystems;
        try {
          filesystems = (0, external_node_fs_.readFileSync)("/proc/filesystems", "utf8");
        } catch {
          return false;
        }
        return (0, external_node_fs_.existsSync)("/proc/sys/fs/binfmt_misc") && /\sbinfmt_misc$/m.test(filesystems);
      }
      function bindsHostDevices(mount2) {
        if (mount2.fstype !== "bind")
          return false;
        const source = (0, external_node_path_.normalize)(mount2.source);
        return source === "/dev" || source.startsWith("/dev/");
      }
      async function mountChrootMounts(runner, mountPath, mounts, disk) {
        const records = [];
        for (const mount2 of mounts) {
          if (mount2.fstype === "binfmt_misc" && !hostSupportsBinfmtMisc()) {
            log.notice(`chroot_mounts: ${mount2.target} skipped: this host has no binfmt_misc support.`);
            continue;
          }
          if (bindsHostDevices(mount2)) {
            log.warning(`chroot_mounts: ${JSON.stringify([mount2.fstype, mount2.source, mount2.target])} binds the host's ${mount2.source} into the chroot: the image's code can then read and write every disk of this runner. The default, [${PRIVATE_DEV}, osc-chroot, /dev], gives it only the standard devices and the build's own disk.`);
          }
          const target = await resolveInImage(runner, mountPath, mount2.target);
          if (target.info.type === "missing") {
            await runner.run(["mkdir", "-p", "--", target.hostPath], { quiet: true });
          }
          if (mount2.fstype === PRIVATE_DEV) {
            await mountPrivateDev(runner, target.hostPath, disk);
          } else if (mount2.fstype === "bind") {
            await runner.run(["mount", "--bind", mount2.source, target.hostPath]);
            await runner.run(["mount", "--make-rslave", target.hostPath], { quiet: true });
          } else if (READ_ONLY_TYPES.has(mount2.fstype)) {
            const options2 = ["-o", READ_ONLY_OPTIONS];
            await runner.run(["mount", "-t", mount2.fstype, ...options2, mount2.source, target.hostPath]);
          } else {
            await runner.run(["mount", "-t", mount2.fstype, mount2.source, target.hostPath]);
          }
          records.push({ ...mount2, hostTarget: target.hostPath });
        }
        return records;
      }
      ;
      const stepChrootMounts = buildStep({
        name: "StepChrootMounts",
        title: "Preparing the chroot",
        async run({ config, host, blockDevice }, { need: need2 }) {
          const mounted = await mountChrootMounts(host, need2("mountPath"), config.chrootMounts, blockDevice);
          log.info(`Chroot mounts: ${mounted.map((m) => m.target).join(", ") || "none"}.`);
        }
      });
      ;
      const stepCopyFiles = buildStep({
        name: "StepCopyFiles",
        title: "Copying host files into the chroot",
        skip: ({ config }) => config.copyFiles.length === 0,
        async run({ config, host }, { journal, need: need2 }) {
          const copied = await copyFiles(host, need2("mountPath"), config.copyFiles);
          journal.record({ kind: "copied-files", undo: copied });
        }
      });
      ;
      const grow_root_GIB = 1024 ** 3;
      const extTypes = ["ext2", "ext3", "ext4"];
      function proveOwnDisk({ disk, volumeSizeGiB, mountPath }) {
        const refuse = (why) => new Error(`Not growing ${disk}: ${why}. Nothing was changed on it.`);
        const majorMinor = blockDeviceNumber(disk);
        if (!majorMinor)
          throw refuse("it is not a block device");
        const name = (0, external_node_path_.basename)(disk);
        if (!(0, external_node_fs_.existsSync)((0, external_node_path_.join)("/sys/block", name)))
          throw refuse("it is not a whole disk");
        if (rootDiskNumbers().includes(majorMinor))
          throw refuse("it is the disk holding /");
        const bytes = Number((0, external_node_fs_.readFileSync)((0, external_node_path_.join)("/sys/block", name, "size"), "utf8").trim()) * 512;
        if (bytes !== volumeSizeGiB * grow_root_GIB) {
          throw refuse(`its size is ${(bytes / grow_root_GIB).toFixed(2)} GiB, the build's volume is ${volumeSizeGiB} GiB`);
        }
        const elsewhere = [disk, ...partitionsOf(disk)].flatMap((device) => mountsOf(device)).filter((mount2) => mount2.mountPoint !== mountPath);
        if (elsewhere.length > 0) {
          throw refuse(`it is mounted at ${elsewhere.map((m) => m.mountPoint).join(", ")}`);
        }
      }
      function partitionsOf(disk) {
        const name = (0, external_node_path_.basename)(disk);
        let entries;
        try {
          entries = (0, external_node_fs_.readdirSync)((0, external_node_path_.join)("/sys/block", name));
        } catch {
          return [];
        }
        return entries.filter((entry) => entry.startsWith(name)).filter((entry) => (0, external_node_fs_.existsSync)((0, external_node_path_.join)("/sys/block", name, entry, "partition"))).map((entry) => `/dev/${entry}`);
      }
      function partitionNumberOf(device) {
        const majorMinor = blockDeviceNumber(device);
        if (!majorMinor)
          return 0;
        try {
          return Number((0, external_node_fs_.readFileSync)((0, external_node_path_.join)("/sys/dev/block", majorMinor, "partition"), "utf8").trim());
        } catch {
          return 0;
        }
      }
      async function readTable(runner, disk) {
        const result = await runner.run(["partx", "-g", "-o", "NR,START,SECTORS", disk], {
          quiet: true,
          allowedExitCodes: [0, 1]
        });
        return result.stdout.split("\n").map((line) => line.trim().split(/\s+/).map(Number)).filter((fields2) => fields2.length === 3 && fields2.every(Number.isInteger)).map(([number, start, sectors]) => ({ number, start, sectors }));
      }
      async function growPartition(runner, disk, number) {
        const table = await readTable(runner, disk);
        const own = table.find((entry) => entry.number === number);
        if (!own)
          throw new Error(`${disk} has no partition ${number} in its partition table.`);
        const after = table.filter((entry) => entry.start > own.start);
        if (after.length > 0) {
          log.warning(`grow_root_filesystem: partition ${number} of ${disk} (the root file system) is not the last one (partition ${after.map((entry) => entry.number).join(", ")} follows it), so it cannot grow into the new space and the root file system keeps its size. The space is left unallocated at the end of the disk; move the data partitions in the source image, or set grow_root_filesystem: false to silence this.`);
          return "not last";
        }
        const grown = await runner.run(["growpart", disk, String(number)], { allowedExitCodes: [0, 1] }).catch((error) => {
          throw withInstallAdvice(error);
        });
        if (grown.exitCode === 1)
          return "already full";
        const device = partitionPath(disk, number);
        const wanted = (await readTable(runner, disk)).find((entry) => entry.number === number);
        if (kernelSectors(device) !== wanted?.sectors) {
          await runner.run(["partx", "-u", "--nr", String(number), disk], { quiet: true });
        }
        if (kernelSectors(device) !== wanted?.sectors) {
          throw new Error(`growpart grew partition ${number} of ${disk} to ${wanted?.sectors} sectors, but the kernel still shows ${kernelSectors(device)}: the file system cannot grow until it sees the new size.`);
        }
        return "grown";
      }
      function withInstallAdvice(error) {
        const missing = error instanceof CommandError && (error.exitCode === 127 || /ENOENT|not found/i.test(`${error.message} ${error.stderr}`));
        if (!missing)
          return error;
        return new Error("grow_root_filesystem: growpart is not installed on this runner. Install it (Debian and Ubuntu: apt-get install cloud-guest-utils; RHEL: dnf install cloud-utils-growpart), or set grow_root_filesystem: false to keep the source size.");
      }
      function kernelSectors(device) {
        const majorMinor = blockDeviceNumber(device);
        if (!majorMinor)
          return void 0;
        try {
          return Number((0, external_node_fs_.readFileSync)((0, external_node_path_.join)("/sys/dev/block", majorMinor, "size"), "utf8").trim());
        } catch {
          return void 0;
        }
      }
      async function growFileSystem(runner, device, fsType, mountPath) {
        if (fsType === "xfs") {
          if (mountPath === void 0)
            return "after mount";
          await runner.run(["xfs_growfs", "-d", mountPath]);
          return "grown";
        }
        if (fsType !== void 0 && extTypes.includes(fsType)) {
          if (mountPath === void 0) {
            await runner.run(["e2fsck", "-f", "-p", device], { allowedExitCodes: [0, 1, 2] });
          }
          const resized = await runner.run(["resize2fs", device], { allowedExitCodes: [0, 1] });
          if (resized.exitCode !== 0) {
            const online = mountPath === void 0 ? "" : " Growing a mounted ext4 needs CAP_SYS_RESOURCE, which this runner lacks (a container?): set mount_partition to the root partition number (e.g. 1) so that it grows before the mount, offline.";
            throw new Error(`resize2fs could not grow ${device}: ${resized.stderr.trim().split("\n").at(-1)}.${online}`);
          }
          return "grown";
        }
        log.warning(`grow_root_filesystem: the root file system on ${device} is ${fsType ?? "of an unknown type"}; only ext2, ext3, ext4 and xfs are grown. It keeps its size: grow it in post_mount_commands (e.g. btrfs filesystem resize max {{.MountPath}}), or set grow_root_filesystem: false.`);
        return "unsupported";
      }
      async function rootLocation(runner, disk, partition) {
        const device = partition === 0 ? disk : partitionPath(disk, partition);
        return { device, partition, fsType: await detectFsType(runner, device) };
      }
      async function growRoot(runner, own, root) {
        proveOwnDisk(own);
        if (root.partition > 0) {
          const partition = await growPartition(runner, own.disk, root.partition);
          if (partition === "not last")
            return "not grown";
        }
        return growFileSystem(runner, root.device, root.fsType, own.mountPath);
      }
      ;
      const leftForMounted = /* @__PURE__ */ new WeakMap();
      function sourceRootSize(context) {
        const base = context.baseImage ?? context.sourceImage;
        const root = base?.BlockDeviceMappings?.find((m) => m.DeviceName === base.RootDeviceName);
        return root?.Bsu?.VolumeSize ?? 0;
      }
      function wantsGrowth(context) {
        const { config, volume: volume2 } = context;
        if (!config.growRootFilesystem || config.fromScratch)
          return false;
        return (volume2?.Size ?? 0) > sourceRootSize(context);
      }
      function ownDisk(context, mountPath) {
        return { disk: context.blockDevice, volumeSizeGiB: context.volume.Size, mountPath };
      }
      function sizes(context) {
        return `${sourceRootSize(context) || "?"} GiB \u2192 ${context.volume.Size} GiB`;
      }
      const stepGrowRootFilesystem = {
        name: "StepGrowRootFilesystem",
        title: "Growing the root partition and file system",
        skip: (context) => !wantsGrowth(context),
        async run(context) {
          const { config, host } = context;
          if (config.mountPartition === "auto") {
            leftForMounted.set(context, "partition and file system");
            log.info("mount_partition auto: the root partition is grown once it is found and mounted.");
            return;
          }
          const root = await rootLocation(host, context.blockDevice, Number(config.mountPartition));
          if (!(0, external_node_fs_.existsSync)(root.device)) {
            log.debug(`${root.device} does not exist: nothing to grow before the mount.`);
            return;
          }
          log.info(`Growing ${root.device} (${root.fsType ?? "no file system found"}): ${sizes(context)}`);
          const outcome = await growRoot(host, ownDisk(context), root);
          if (outcome === "after mount")
            leftForMounted.set(context, "file system");
          if (outcome === "grown")
            log.info(`${root.device} now fills the ${context.volume.Size} GiB volume.`);
        }
      };
      const stepGrowMountedFilesystem = {
        name: "StepGrowMountedFilesystem",
        title: "Growing the mounted root file system",
        skip: (context) => !leftForMounted.has(context),
        async run(context) {
          const { host } = context;
          const mountPath = context.mountPath;
          const what = leftForMounted.get(context);
          leftForMounted.delete(context);
          const family = diskFamily(blockDeviceNumber(context.blockDevice) ?? "");
          const mount2 = mountsAt(mountPath).find((entry) => family.includes(entry.majorMinor));
          if (!mount2)
            throw new Error(`${context.blockDevice} is not mounted at ${mountPath}: not growing it.`);
          const device = mount2.source;
          if (blockDeviceNumber(device) !== mount2.majorMinor) {
            throw new Error(`${device} is not the device mounted at ${mountPath}: not growing it.`);
          }
          const own = ownDisk(context, mountPath);
          let outcome;
          if (what === "file system") {
            proveOwnDisk(own);
            outcome = await growFileSystem(host, device, await detectFsType(host, device), mountPath);
          } else {
            const root = { device, partition: partitionNumberOf(device), fsType: mount2.fsType };
            log.info(`Growing ${device} (${mount2.fsType}) mounted at ${mountPath}: ${sizes(context)}`);
            outcome = await growRoot(host, own, root);
          }
          if (outcome === "grown")
            log.info(`The root file system at ${mountPath} now fills the volume.`);
        }
      };
      ;
      async function runHostCommands(runner, field, commands, vars, signal, chrootRoot) {
        for (const [index, template] of commands.entries()) {
          const name = `${field}[${index}]`;
          const command = render(template, vars, name);
          log.info(`${name}: ${command}`);
          try {
            if (chrootRoot)
              await runHostCommandBesideChroot(runner, chrootRoot, command, { signal });
            else
              await runner.shell(command, { signal });
          } catch (error) {
            if (!(error instanceof CommandError))
              throw error;
            const tail = error.stderrTail ? `
${error.stderrTail}` : "";
            throw new Error(`${name} failed with exit code ${error.exitCode}: ${command}${tail}`, {
              cause: error
            });
          }
        }
      }
      ;
      function mountDisk({ config }, { need: need2 }) {
        return config.nvmeDevicePath || need2("blockDevice");
      }
      const stepPreMountCommands = buildStep({
        name: "StepPreMountCommands",
        title: "Running pre-mount commands",
        skip: ({ config }) => config.preMountCommands.length === 0,
        async run(context, tools) {
          await runHostCommands(context.host, "pre_mount_commands", context.config.preMountCommands, { Device: mountDisk(context, tools) }, context.signal);
        }
      });
      const stepMount = buildStep({
        name: "StepMount",
        title: "Mounting the root file system",
        async run(context, { journal, need: need2 }) {
          const { config } = context;
          let recorded;
          let diskMajorMinor;
          const mounted = await mountRoot({
            runner: context.host,
            disk: need2("blockDevice"),
            mountPath: config.mountPath,
            mountPartition: config.mountPartition,
            mountOptions: config.mountOptions,
            onMountPathReady: (ready) => {
              diskMajorMinor = ready.diskMajorMinor;
              recorded = journal.record({
                kind: "mount",
                mountPath: ready.mountPath,
                removeDirectory: ready.createdDirectory,
                diskMajorMinor: ready.diskMajorMinor
              });
            }
          });
          const facts = {
            mountPath: mounted.mountPath,
            removeDirectory: mounted.createdDirectory,
            diskMajorMinor,
            majorMinor: mounted.majorMinor,
            mountId: mounted.mountId
          };
          if (recorded)
            recorded.update(facts);
          else
            journal.record({ kind: "mount", ...facts });
          context.mountPath = mounted.mountPath;
        }
      });
      const stepPostMountCommands = buildStep({
        name: "StepPostMountCommands",
        title: "Running post-mount commands",
        skip: ({ config }) => config.postMountCommands.length === 0,
        async run(context, tools) {
          const { config, host, signal } = context;
          await runHostCommands(host, "post_mount_commands", config.postMountCommands, { Device: mountDisk(context, tools), MountPath: tools.need("mountPath") }, signal);
        }
      });
      ;
      const stepPermissions = buildStep({
        name: "StepPermissions",
        title: "Setting permissions",
        skip: ({ config }) => config.omiAccountIds.length === 0 && !config.globalPermission && config.snapshotAccountIds.length === 0 && config.snapshotGroups.length === 0,
        async run(context, { need: need2 }) {
          const image = need2("image");
          const snapshot2 = need2("snapshot");
          try {
            await setPermissions(context, image, snapshot2);
          } catch (error) {
            if (context.signal.aborted)
              throw error;
            throw keptProductError(error, image.ImageId, snapshot2.SnapshotId, "set its permissions by hand");
          }
        }
      });
      async function setPermissions(context, image, snapshot2) {
        const { client, config, signal } = context;
        if (config.omiAccountIds.length > 0 || config.globalPermission) {
          await persist(() => client.updateImage({
            ImageId: image.ImageId,
            PermissionsToLaunch: {
              Additions: {
                AccountIds: config.omiAccountIds,
                GlobalPermission: config.globalPermission
              }
            }
          }, signal), persistOptions(context, "omi", `sharing OMI ${image.ImageId}`));
          log.info(`OMI ${image.ImageId} launchable by ${config.globalPermission ? "everyone" : config.omiAccountIds.join(", ")}.`);
        }
        const everyone = config.snapshotGroups.includes("all");
        if (config.snapshotAccountIds.length > 0 || everyone) {
          await persist(() => client.updateSnapshot({
            SnapshotId: snapshot2.SnapshotId,
            PermissionsToCreateVolume: {
              Additions: { AccountIds: config.snapshotAccountIds, GlobalPermission: everyone }
            }
          }, signal), persistOptions(context, "omi", `sharing snapshot ${snapshot2.SnapshotId}`));
          log.info(`Snapshot ${snapshot2.SnapshotId} usable by ${everyone ? "everyone" : config.snapshotAccountIds.join(", ")}.`);
        }
      }
      ;
      const stepPrevalidateName = buildStep({
        name: "StepPrevalidateName",
        title: "Checking the OMI name",
        async run(context) {
          const { client, config, signal } = context;
          const accountId2 = await readAccountId(context);
          context.accountId = accountId2;
          if (config.forceDeregister) {
            log.info(`force_deregister is set: an existing OMI named "${config.omiName}" will be replaced.`);
            return;
          }
          const taken = await client.readImages({ ImageNames: [config.omiName], AccountIds: [accountId2] }, signal);
          const same = taken.find((image) => image.ImageName === config.omiName);
          if (same) {
            throw new Error(`omi_name "${config.omiName}" is already used by ${same.ImageId} in this account. Choose another name (e.g. add {{timestamp}}) or set force_deregister: true to replace it.`);
          }
          log.info(`OMI name "${config.omiName}" is free.`);
        }
      });
      ;
      const stepPreventServiceStart = buildStep({
        name: "StepPreventServiceStart",
        title: "Keeping services from starting in the chroot",
        skip: ({ config }) => !config.preventServiceStart,
        async run({ host }, { journal, need: need2 }) {
          const installed = await installPolicyRcd(host, need2("mountPath"));
          journal.record({ kind: "policy-rcd", undo: installed });
        }
      });
      ;
      const writing = { stayOnImageFileSystem: true };
      function modeOf(stats) {
        return `0${(stats.mode & 511).toString(8)}`;
      }
      function assertWithin(hostPath, treeRoot, field) {
        let target;
        try {
          target = (0, external_node_fs_.realpathSync)(hostPath);
        } catch {
          throw new Error(`${field}: ${hostPath} is a dangling link; only files and directories are copied.`);
        }
        if (target !== treeRoot && !target.startsWith(`${treeRoot}/`)) {
          throw new Error(`${field}: ${hostPath} is a link to ${target}, outside the directory being copied (${treeRoot}); copy that file by its own path if it is meant to go into the image.`);
        }
      }
      async function refusedAs(field, destination, work) {
        try {
          return await work();
        } catch (error) {
          if (!(error instanceof ImageEscapeError))
            throw error;
          throw new Error(`${field}: destination ${JSON.stringify(destination)} refused: ${error.message}`, {
            cause: error
          });
        }
      }
      async function ensureDirectory(runner, mountPath, pathInImage2, mode, field) {
        const target = await resolveInImage(runner, mountPath, pathInImage2, writing);
        if (target.info.type === "directory")
          return target.pathInImage;
        if (target.info.type !== "missing") {
          throw new Error(`${field}: ${target.pathInImage} is ${describePathType(target.info)} in the image, not a directory.`);
        }
        const parent = external_node_path_.posix.dirname(target.pathInImage);
        if (parent !== target.pathInImage)
          await ensureDirectory(runner, mountPath, parent, "0755", field);
        await fileOperations(runner).makeDirectory(target.hostPath, mode);
        return target.pathInImage;
      }
      async function placeFile(runner, mountPath, hostFile, pathInImage2, field) {
        const target = await resolveInImage(runner, mountPath, pathInImage2, writing);
        if (target.info.type !== "file" && target.info.type !== "missing") {
          throw new Error(`${field}: ${target.pathInImage} is ${describePathType(target.info)} in the image; only a regular file (or nothing) is replaced.`);
        }
        await ensureDirectory(runner, mountPath, external_node_path_.posix.dirname(target.pathInImage), "0755", field);
        const attributes = target.info.type === "file" ? keptAttributes(target.info) : { mode: modeOf((0, external_node_fs_.statSync)(hostFile)) };
        await copyIntoImage(runner, { hostFile }, target.hostPath, attributes);
        return target.pathInImage;
      }
      async function placeInImage(runner, mountPath, source, destination, field, mode) {
        return refusedAs(field, destination, async () => {
          const target = await resolveInImage(runner, mountPath, destination, writing);
          if (target.info.type !== "file" && target.info.type !== "missing") {
            throw new Error(`${field}: ${target.pathInImage} is ${describePathType(target.info)} in the image; only a regular file (or nothing) is replaced.`);
          }
          await ensureDirectory(runner, mountPath, external_node_path_.posix.dirname(target.pathInImage), "0755", field);
          const kept = keptAttributes(target.info);
          await copyIntoImage(runner, source, target.hostPath, mode ? { ...kept, mode } : kept);
          return target.pathInImage;
        });
      }
      function hostTree(root, field) {
        const treeRoot = (0, external_node_fs_.realpathSync)(root);
        const entries = [];
        const visit = (hostDir, relative, ancestors) => {
          const real = (0, external_node_fs_.realpathSync)(hostDir);
          if (ancestors.includes(real)) {
            throw new Error(`${field}: ${hostDir} links back to a directory above it (a loop).`);
          }
          entries.push({
            hostPath: hostDir,
            relative,
            isDirectory: true,
            mode: modeOf((0, external_node_fs_.statSync)(hostDir))
          });
          for (const name of (0, external_node_fs_.readdirSync)(hostDir).sort()) {
            const hostPath = (0, external_node_path_.join)(hostDir, name);
            if ((0, external_node_fs_.lstatSync)(hostPath).isSymbolicLink())
              assertWithin(hostPath, treeRoot, field);
            const stats = (0, external_node_fs_.statSync)(hostPath);
            const below = relative === "" ? name : `${relative}/${name}`;
            if (stats.isDirectory())
              visit(hostPath, below, [...ancestors, real]);
            else if (stats.isFile()) {
              entries.push({ hostPath, relative: below, isDirectory: false, mode: modeOf(stats) });
            } else {
              throw new Error(`${field}: ${hostPath} is not a file or a directory; only files and directories are copied.`);
            }
          }
        };
        visit(root, "", []);
        return entries;
      }
      async function uploadIntoImage(runner, mountPath, source, destination, field) {
        const stats = (0, external_node_fs_.statSync)(source, { throwIfNoEntry: false });
        if (!stats)
          throw new Error(`${field}: source ${source} does not exist.`);
        return refusedAs(field, destination, async () => {
          if (stats.isFile()) {
            const target = await resolveInImage(runner, mountPath, destination, writing);
            const into = target.info.type === "directory" || destination.endsWith("/");
            const pathInImage2 = into ? (0, external_node_path_.join)(target.pathInImage, (0, external_node_path_.basename)(source)) : target.pathInImage;
            const written2 = await placeFile(runner, mountPath, source, pathInImage2, field);
            log.info(`${field}: ${source} -> ${written2}`);
            return [written2];
          }
          if (!stats.isDirectory()) {
            throw new Error(`${field}: source ${source} is not a file or a directory.`);
          }
          const top = source.endsWith("/") ? destination : external_node_path_.posix.join(destination, (0, external_node_path_.basename)(source));
          const entries = hostTree(source.replace(/\/+$/, "") || "/", field);
          const written = [];
          for (const entry of entries) {
            const inImage = entry.relative === "" ? top : external_node_path_.posix.join(top, entry.relative);
            if (entry.isDirectory) {
              written.push(await ensureDirectory(runner, mountPath, inImage, entry.mode, field));
            } else {
              written.push(await placeFile(runner, mountPath, entry.hostPath, inImage, field));
            }
          }
          log.info(`${field}: ${source} -> ${written[0]} (${written.length} entries)`);
          return written;
        });
      }
      ;
      function provision_files_checkSource(field, source) {
        const path = (0, external_node_path_.resolve)(source);
        let stats;
        try {
          stats = (0, external_node_fs_.statSync)(path);
        } catch {
          throw new Error(`${field}: source ${path} does not exist (relative paths are relative to ${process.cwd()}).`);
        }
        if (!stats.isFile() && !stats.isDirectory()) {
          throw new Error(`${field}: source ${path} is not a file or a directory.`);
        }
        return { path: source.endsWith("/") ? `${path}/` : path, isDirectory: stats.isDirectory() };
      }
      async function copyProvisionFiles(runner, mountPath, files) {
        const planned = [];
        const writing2 = { stayOnImageFileSystem: true };
        const directories = [];
        for (const [index, file] of files.entries()) {
          if (file.direction === "download")
            continue;
          const field = `provision_files[${index}]`;
          const { path: source, isDirectory: isDirectory2 } = provision_files_checkSource(field, file.source);
          if (isDirectory2) {
            directories.push({ field, source, destination: file.destination });
            continue;
          }
          try {
            let target = await resolveInImage(runner, mountPath, file.destination, writing2);
            if (target.info.type === "directory" || file.destination.endsWith("/")) {
              target = await resolveInImage(runner, mountPath, (0, external_node_path_.join)(target.pathInImage, (0, external_node_path_.basename)(source)), writing2);
            }
            if (target.info.type !== "file" && target.info.type !== "missing") {
              throw new Error(`${field}: destination ${JSON.stringify(file.destination)} refused: ${target.pathInImage} is ${describePathType(target.info)} in the image; provision_files writes regular files only.`);
            }
            const parent = await resolveInImage(runner, mountPath, (0, external_node_path_.dirname)(target.pathInImage), writing2);
            if (parent.info.type !== "directory" && parent.info.type !== "missing") {
              throw new Error(`${field}: destination ${JSON.stringify(file.destination)} refused: ${parent.pathInImage} is ${describePathType(parent.info)} in the image, not a directory.`);
            }
            planned.push({
              source,
              hostPath: target.hostPath,
              pathInImage: target.pathInImage,
              parentMissing: parent.info.type === "missing",
              // A file replaced keeps its mode and owner, as writing into it did.
              attributes: keptAttributes(target.info)
            });
          } catch (error) {
            if (!(error instanceof ImageEscapeError))
              throw error;
            throw new Error(`${field}: destination ${JSON.stringify(file.destination)} refused: ${error.message}`, {
              cause: error
            });
          }
        }
        for (const file of planned) {
          if (file.parentMissing) {
            await fileOperations(runner).makeDirectories((0, external_node_path_.dirname)(file.hostPath));
          }
          await copyIntoImage(runner, { hostFile: file.source }, file.hostPath, file.attributes);
          log.info(`provision_files: ${file.source} -> ${file.pathInImage}`);
        }
        const copied = planned.map(({ source, pathInImage: pathInImage2 }) => ({ source, pathInImage: pathInImage2 }));
        for (const directory of directories) {
          const written = await uploadIntoImage(runner, mountPath, directory.source, directory.destination, directory.field);
          copied.push({ source: directory.source, pathInImage: written[0] });
        }
        return copied;
      }
      ;
      const stepProvisionFiles = buildStep({
        name: "StepProvisionFiles",
        title: "Copying provision_files into the image",
        skip: ({ config }) => config.provisionFiles.length === 0,
        async run({ config, host }, { need: need2 }) {
          await copyProvisionFiles(host, need2("mountPath"), config.provisionFiles);
        }
      });
      ;
      const CHROOT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
      function provisionEnvironment(build, provisionEnv2) {
        assertVariableNames(Object.keys(provisionEnv2), "provision_env");
        return {
          PATH: CHROOT_PATH,
          HOME: "/root",
          DEBIAN_FRONTEND: "noninteractive",
          OSC_CHROOT: "1",
          OSC_CHROOT_BUILD_ID: build.buildId,
          OMI_NAME: build.omiName,
          SOURCE_OMI: build.sourceOmi,
          SOURCE_OMI_NAME: build.sourceOmiName,
          BUILD_REGION: build.region,
          ...provisionEnv2
        };
      }
      function provisionWorkDir(buildId) {
        return `/tmp/osc-chroot-${buildId.replace(/[^A-Za-z0-9._-]/g, "-")}`;
      }
      async function removeProvisionWorkDir(runner, mountPath, buildId) {
        const workDir = await resolveInImage(runner, mountPath, provisionWorkDir(buildId), {
          followLastLink: false,
          stayOnImageFileSystem: true
        });
        if (workDir.info.type !== "missing")
          await runner.run(["rm", "-rf", "--one-file-system", "--", workDir.hostPath], { quiet: true });
      }
      function parseShell(shell) {
        const words = (0, shell_quote.parse)(shell);
        if (words.length === 0 || words.some((word) => typeof word !== "string")) {
          throw new Error(`provision_shell ${JSON.stringify(shell)}: give a program and its options, e.g. "/bin/sh -e".`);
        }
        return words;
      }
      function hasShebang(path) {
        return (0, external_node_fs_.readFileSync)(path).subarray(0, 2).toString() === "#!";
      }
      function scriptsToRun(options2) {
        const scripts = [];
        if (options2.inline.trim()) {
          scripts.push({
            label: "provision",
            fileName: "provision.sh",
            source: { content: options2.inline },
            runByShell: true
          });
        }
        for (const [index, script] of options2.scripts.entries()) {
          const label = `provision_scripts[${index}] (${script})`;
          const hostFile = (0, external_node_path_.resolve)(script);
          let runByShell;
          try {
            runByShell = !hasShebang(hostFile);
          } catch {
            throw new Error(`${label}: cannot read ${hostFile} (relative paths are relative to ${process.cwd()}).`);
          }
          const fileName = `script-${String(index + 1).padStart(2, "0")}-${(0, external_node_path_.basename)(script)}`;
          scripts.push({ label, fileName, source: { hostFile }, runByShell });
        }
        return scripts;
      }
      async function runProvisioning(options2) {
        const { runner, mountPath } = options2;
        const scripts = scriptsToRun(options2);
        if (scripts.length === 0)
          return;
        const shell = parseShell(options2.shell);
        const environment = provisionEnvironment(options2.build, options2.env);
        await assertSandboxAvailable(runner);
        const workDirInImage = provisionWorkDir(options2.build.buildId);
        await removeProvisionWorkDir(runner, mountPath, options2.build.buildId);
        const workDir = await resolveInImage(runner, mountPath, workDirInImage, {
          stayOnImageFileSystem: true
        });
        const parent = await resolveInImage(runner, mountPath, (0, external_node_path_.dirname)(workDir.pathInImage), {
          stayOnImageFileSystem: true
        });
        if (parent.info.type === "missing") {
          await fileOperations(runner).makeDirectories(parent.hostPath);
        }
        await fileOperations(runner).makeDirectory(workDir.hostPath, "0700");
        try {
          for (const script of scripts) {
            await copyIntoImage(runner, script.source, (0, external_node_path_.join)(workDir.hostPath, script.fileName), {
              mode: "0700"
            });
          }
          for (const script of scripts) {
            const command = [...script.runByShell ? shell : [], `${workDirInImage}/${script.fileName}`];
            log.info(`Running ${script.label} in the chroot`);
            try {
              await runInSandboxedChroot({
                runner,
                mountPath,
                environment,
                command,
                options: { signal: options2.signal }
              });
            } catch (error) {
              if (!(error instanceof CommandError) || options2.signal?.aborted)
                throw error;
              const tail = error.stderrTail ? `
${error.stderrTail}` : "";
              throw new Error(`${script.label} failed with exit code ${error.exitCode} in the chroot.${tail}`, {
                cause: error
              });
            }
          }
        } finally {
          await removeProvisionWorkDir(runner, mountPath, options2.build.buildId);
        }
      }
      ;
      const FLUSH_INTERVAL_MS = 1e3;
      function startFlush(runner, mountPath, signal) {
        return runner.run(["sync", "-f", "--", mountPath], { quiet: true, signal }).then(() => void 0, (error) => log.debug(`sync -f ${mountPath}: ${error instanceof Error ? error.message : error}`));
      }
      async function flushingWhile(runner, mountPath, work, signal) {
        const ended = new AbortController();
        const flushing = (async () => {
          for (; ; ) {
            try {
              await (0, promises_.setTimeout)(FLUSH_INTERVAL_MS, void 0, { signal: ended.signal });
            } catch {
              return;
            }
            await startFlush(runner, mountPath, signal);
          }
        })();
        try {
          return await work;
        } finally {
          ended.abort();
          await flushing;
        }
      }
      ;
      const stepProvision = buildStep({
        name: "StepProvision",
        title: "Provisioning in the chroot",
        async run(context, { need: need2 }) {
          const { config, host, signal } = context;
          const mountPath = need2("mountPath");
          const provision = async () => {
            await runProvisioning({
              runner: host,
              mountPath,
              build: {
                buildId: context.buildId,
                omiName: config.omiName,
                sourceOmi: context.sourceImage?.ImageId ?? "",
                sourceOmiName: context.sourceImage?.ImageName ?? "",
                region: context.region
              },
              inline: config.provision,
              shell: config.provisionShell,
              scripts: config.provisionScripts,
              env: config.provisionEnv,
              signal
            });
            await runHostCommands(host, "provision_host_commands", config.provisionHostCommands, { Device: need2("blockDevice"), MountPath: mountPath }, signal, mountPath);
          };
          await flushingWhile(host, mountPath, provision(), signal);
        }
      });
      const stepUnmount = buildStep({
        name: "StepUnmount",
        title: "Unmounting",
        async run(context) {
          const flushed = context.mountPath ? startFlush(context.host, context.mountPath) : void 0;
          try {
            await undo(context.journal, context, ["policy-rcd", "copied-files", "mount"]);
          } finally {
            await flushed;
          }
        }
      });
      ;
      function withoutStrayIops(bsu) {
        const { Iops, ...rest } = bsu;
        return bsu.VolumeType === "io1" && Iops ? bsu : rest;
      }
      function imageMapping(m) {
        if (m.virtualName)
          return { DeviceName: m.deviceName, VirtualDeviceName: m.virtualName };
        const bsu = {
          DeleteOnVmDeletion: m.deleteOnVmDeletion ?? false,
          ...m.volumeType ? { VolumeType: m.volumeType } : {},
          ...m.volumeSize ? { VolumeSize: m.volumeSize } : {},
          ...m.volumeType === "io1" && m.iops ? { Iops: m.iops } : {},
          ...m.snapshotId ? { SnapshotId: m.snapshotId } : {}
        };
        return { DeviceName: m.deviceName, Bsu: bsu };
      }
      function scratchMappings(config) {
        return config.omiBlockDeviceMappings.map(imageMapping);
      }
      function changedRoot(mapping, m) {
        const typeChanged = m.volumeType !== void 0 && m.volumeType !== mapping.Bsu?.VolumeType;
        const { Iops, ...bsu } = mapping.Bsu ?? {};
        return {
          DeviceName: mapping.DeviceName,
          Bsu: {
            ...bsu,
            // A source's io1 IOPS do not carry over to another type (OAPI refuses them there).
            ...Iops !== void 0 && !typeChanged ? { Iops } : {},
            ...m.volumeType ? { VolumeType: m.volumeType } : {},
            ...m.iops ? { Iops: m.iops } : {},
            ...m.volumeSize ? { VolumeSize: m.volumeSize } : {},
            ...m.deleteOnVmDeletion !== void 0 ? { DeleteOnVmDeletion: m.deleteOnVmDeletion } : {}
          }
        };
      }
      function sourceMappings(config, base, rootDeviceName) {
        const changes = new Map(config.omiBlockDeviceMappings.map((m) => [m.deviceName, m]));
        const merged = base.flatMap((mapping) => {
          const change = mapping.DeviceName === void 0 ? void 0 : changes.get(mapping.DeviceName);
          if (!change)
            return [mapping];
          if (mapping.DeviceName === rootDeviceName)
            return [changedRoot(mapping, change)];
          return change.noDevice ? [] : [imageMapping(change)];
        });
        const sourceNames = new Set(base.map((mapping) => mapping.DeviceName));
        const added = config.omiBlockDeviceMappings.filter((m) => !sourceNames.has(m.deviceName) && !m.noDevice);
        return [...merged, ...added.map(imageMapping)];
      }
      function bootSettings(config, source) {
        const bootModes = config.omiBootModes.length > 0 ? config.omiBootModes : source?.BootModes;
        const tpmMandatory = config.tpmMandatory ?? source?.TpmMandatory;
        return {
          ...bootModes && bootModes.length > 0 ? { BootModes: bootModes } : {},
          ...tpmMandatory !== void 0 ? { TpmMandatory: tpmMandatory } : {}
        };
      }
      const stepName = "StepRegisterOmi";
      function rootDeviceOf(image) {
        if (!image.RootDeviceName) {
          throw new Error(`OMI ${image.ImageId} has no root device name: it cannot be a chroot source.`);
        }
        return image.RootDeviceName;
      }
      function registerRequest(context) {
        const { config } = context;
        const source = context.sourceImage;
        const snapshot2 = need(context, "snapshot", stepName);
        const base = config.fromScratch ? void 0 : context.baseImage ?? source ?? need(context, "baseImage", stepName);
        const rootDeviceName = base ? rootDeviceOf(base) : config.rootDeviceName;
        const baseMappings = base ? sourceMappings(config, base.BlockDeviceMappings ?? [], rootDeviceName) : scratchMappings(config);
        const mappings = baseMappings.map((mapping) => {
          if (mapping.DeviceName !== rootDeviceName)
            return mapping.Bsu ? { ...mapping, Bsu: withoutStrayIops(mapping.Bsu) } : mapping;
          const size = Math.max(mapping.Bsu?.VolumeSize ?? 0, config.rootVolumeSize, context.volume?.Size ?? 0);
          return {
            DeviceName: rootDeviceName,
            Bsu: withoutStrayIops({
              ...mapping.Bsu,
              SnapshotId: snapshot2.SnapshotId,
              VolumeSize: size
            })
          };
        });
        const description = context.rendered?.omiDescription ?? "";
        return {
          ImageName: config.omiName,
          Architecture: source?.Architecture ?? "x86_64",
          RootDeviceName: rootDeviceName,
          BlockDeviceMappings: mappings,
          ...description ? { Description: description } : {},
          ...config.productCodes.length > 0 ? { ProductCodes: config.productCodes } : {},
          ...bootSettings(config, source)
        };
      }
      const stepRegisterOmi = buildStep({
        name: stepName,
        title: "Registering the OMI",
        async run(context, { journal, need: need2 }) {
          const { client, signal } = context;
          const request = registerRequest(context);
          const found = { imageName: request.ImageName, snapshotId: need2("snapshot").SnapshotId };
          const recorded = journal.record({ kind: "image", ...found });
          const image = await client.createImage(request, signal);
          recorded.update({ imageId: image.ImageId });
          log.info(`OMI ${image.ImageId} "${image.ImageName}" registered; waiting for it to be available...`);
          context.image = await waitForImageAvailable(client, image.ImageId, waitOptions(context, "omi"));
          log.info(`OMI ${image.ImageId} is available.`);
        }
      });
      ;
      const overlaps = /* @__PURE__ */ new WeakMap();
      function newOverlap() {
        let answerSnapshot;
        let awaitUnlink;
        let endUnlink;
        const snapshotAnswered = new Promise((resolve) => answerSnapshot = resolve);
        const unlinkAwaited = new Promise((resolve) => awaitUnlink = resolve);
        const unlinkEnded = new Promise((resolve) => endUnlink = resolve);
        return { snapshotAnswered, answerSnapshot, unlinkAwaited, awaitUnlink, unlinkEnded, endUnlink };
      }
      function unlinkOverlapOf(context) {
        let overlap = overlaps.get(context);
        if (!overlap) {
          overlap = newOverlap();
          overlaps.set(context, overlap);
        }
        return overlap;
      }
      ;
      function requestSnapshot(context, volume2, clientToken) {
        const { client, signal } = context;
        return persist(() => client.createSnapshot({
          VolumeId: volume2.VolumeId,
          Description: `osc-chroot ${context.config.omiName} (build ${context.buildId})`,
          ClientToken: clientToken
        }, signal), {
          ...persistOptions(context, "snapshot", `snapshotting ${volume2.VolumeId}: the account has too many snapshots in progress`),
          worthWaiting: (error) => error.code === tooManyConcurrentSnapshotsCode || error.retryable
        });
      }
      function refusedWhileLinked(error) {
        return isConflict(error) && error.code !== tooManyConcurrentSnapshotsCode;
      }
      async function snapshotVolume(context, { journal, need: need2 }, overlap) {
        const { client, signal } = context;
        const volume2 = need2("volume");
        let clientToken = newClientToken(context.buildId);
        const stillLinked = context.journal.active().some((entry) => entry.resource.kind === "link");
        if (stillLinked && context.blockDevice) {
          await context.host.run(["sync", "--", context.blockDevice], { quiet: true });
        }
        const recorded = journal.record({ kind: "snapshot", clientToken });
        let snapshot2;
        try {
          snapshot2 = await requestSnapshot(context, volume2, clientToken);
        } catch (error) {
          if (!refusedWhileLinked(error))
            throw error;
          log.info(`CreateSnapshot of ${volume2.VolumeId} while it is linked was refused (${error.message}): snapshotting it once it is unlinked.`);
          overlap.answerSnapshot();
          overlap.awaitUnlink();
          const { unlinked } = await overlap.unlinkEnded;
          if (!unlinked) {
            throw new Error(`volume ${volume2.VolumeId} could not be unlinked (StepUnlinkVolume says why), and the API refuses to snapshot it while it is linked.`, { cause: error });
          }
          clientToken = newClientToken(context.buildId);
          recorded.update({ clientToken });
          snapshot2 = await requestSnapshot(context, volume2, clientToken);
        } finally {
          overlap.answerSnapshot();
        }
        const tags = buildTags(context);
        recorded.update({ snapshotId: snapshot2.SnapshotId, temporaryTags: tags });
        const tag = () => persist(() => client.createTags({ ResourceIds: [snapshot2.SnapshotId], Tags: toResourceTags(tags) }, signal), persistOptions(context, "snapshot", `tagging snapshot ${snapshot2.SnapshotId}`));
        context.snapshot = await tagOnceListed(() => tag().then(() => log.info(`Snapshot ${snapshot2.SnapshotId} of ${volume2.VolumeId}...`)), waitOptions(context, "snapshot"), (options2) => waitForSnapshotCompleted(client, snapshot2.SnapshotId, options2));
        log.info(`Snapshot ${snapshot2.SnapshotId} completed.`);
      }
      const stepSnapshotWhileLinked = buildStep({
        name: "StepSnapshot",
        title: "Creating the snapshot",
        async run(context, tools) {
          const overlap = unlinkOverlapOf(context);
          try {
            await snapshotVolume(context, tools, overlap);
          } finally {
            overlap.answerSnapshot();
            overlap.awaitUnlink();
          }
        }
      });
      ;
      const packerFilterNames = {
        "account-alias": "AccountAliases",
        "account-id": "AccountIds",
        architecture: "Architectures",
        "image-id": "ImageIds",
        "image-name": "ImageNames",
        "virtualization-type": "VirtualizationTypes",
        "root-device-type": "RootDeviceTypes"
      };
      function sourceImageFilters(sourceOmi, filter, ownAccountId) {
        const filters = {};
        const add = (name, values) => {
          filters[name] = [...filters[name] ?? [], ...values];
        };
        if (sourceOmi)
          add("ImageIds", [sourceOmi]);
        for (const [key, value] of Object.entries(filter?.filters ?? {})) {
          add(packerFilterNames[key] ?? key, Array.isArray(value) ? value : [value]);
        }
        for (const owner of filter?.owners ?? []) {
          if (owner === "self")
            add("AccountIds", [ownAccountId]);
          else if (/^\d{12}$/.test(owner))
            add("AccountIds", [owner]);
          else
            add("AccountAliases", [owner]);
        }
        return filters;
      }
      function newestFirst(a, b) {
        const [newer, older] = [b.CreationDate ?? "", a.CreationDate ?? ""];
        return newer < older ? -1 : newer > older ? 1 : 0;
      }
      const stepSourceOmi = buildStep({
        name: "StepSourceOmi",
        title: "Finding the source OMI",
        skip: ({ config }) => config.fromScratch,
        async run(context) {
          const { client, config, signal } = context;
          const needsAccount = config.sourceOmiFilter?.owners?.includes("self") ?? false;
          const filters = sourceImageFilters(config.sourceOmi, config.sourceOmiFilter, needsAccount ? await readAccountId(context) : "");
          const images = (await client.readImages(filters, signal)).filter((image2) => image2.State === "available");
          const described = JSON.stringify(filters);
          if (images.length === 0) {
            throw new Error(`no available OMI matches source_omi/source_omi_filter (${described}). Check the id, the filters and the owners.`);
          }
          if (images.length > 1 && !config.sourceOmiFilter?.mostRecent) {
            const names = images.slice(0, 5).map((image2) => `${image2.ImageId} (${image2.ImageName})`);
            throw new Error(`${images.length} OMIs match source_omi_filter (${described}): ${names.join(", ")}${images.length > 5 ? ", ..." : ""}. Make the filters more specific, or set most_recent: true to take the newest.`);
          }
          const [image] = images.sort(newestFirst);
          context.sourceImage = image;
          context.baseImage = image;
          log.info(`Source OMI: ${image.ImageId} "${image.ImageName}" (account ${image.AccountId}, created ${image.CreationDate}).`);
        }
      });
      ;
      const stepTags = buildStep({
        name: "StepTags",
        title: "Tagging the OMI and its snapshot",
        skip: ({ config }) => Object.keys(config.tags).length === 0 && Object.keys(config.snapshotTags).length === 0,
        async run(context, { need: need2 }) {
          const { client, signal } = context;
          const image = need2("image");
          const snapshot2 = need2("snapshot");
          const { tags, snapshotTags } = need2("rendered");
          const tag = (resourceIds, values, what) => persist(() => client.createTags({ ResourceIds: resourceIds, Tags: toResourceTags(values) }, signal), persistOptions(context, "omi", what));
          try {
            if (Object.keys(tags).length > 0) {
              await tag([image.ImageId, snapshot2.SnapshotId], tags, `tagging OMI ${image.ImageId}`);
              log.info(`Tagged ${image.ImageId} and ${snapshot2.SnapshotId}: ${Object.keys(tags).join(", ")}.`);
            }
            if (Object.keys(snapshotTags).length > 0) {
              await tag([snapshot2.SnapshotId], snapshotTags, `tagging snapshot ${snapshot2.SnapshotId}`);
              log.info(`Tagged ${snapshot2.SnapshotId}: ${Object.keys(snapshotTags).join(", ")}.`);
            }
          } catch (error) {
            if (signal.aborted)
              throw error;
            throw keptProductError(error, image.ImageId, snapshot2.SnapshotId, "add the tags and snapshot_tags by hand");
          }
        }
      });
      ;
      const stepRenderTemplates = buildStep({
        name: "StepRenderTemplates",
        title: "Rendering the templates",
        async run(context) {
          const { config } = context;
          const problems = [];
          const attempt = (renderIt, empty) => {
            try {
              return renderIt();
            } catch (error) {
              problems.push(error instanceof Error ? error.message : String(error));
              return empty;
            }
          };
          const rendered = {
            tags: attempt(() => renderMap(config.tags, context, "tags"), {}),
            snapshotTags: attempt(() => renderMap(config.snapshotTags, context, "snapshot_tags"), {}),
            rootVolumeTags: attempt(() => renderMap(config.rootVolumeTags, context, "root_volume_tags"), {}),
            omiDescription: attempt(() => render(config.omiDescription, buildInfoVars(context), "omi_description"), "")
          };
          if (problems.length > 0) {
            throw new Error(`${problems.length} template(s) cannot be rendered:
- ${problems.join("\n- ")}`);
          }
          context.rendered = rendered;
          log.info("Every template renders with this source OMI.");
        }
      });
      ;
      function ensureWorkspaceDirectory(dir, workspace, field) {
        const root = (0, external_node_path_.resolve)(workspace);
        const rel = (0, external_node_path_.relative)(root, (0, external_node_path_.resolve)(dir));
        if (rel === ".." || rel.startsWith(`..${external_node_path_.sep}`) || (0, external_node_path_.isAbsolute)(rel)) {
          throw new Error(`${field}: ${dir} is outside the workspace (${root}); downloads stay in it.`);
        }
        let current = root;
        for (const part of rel.split(external_node_path_.sep).filter(Boolean)) {
          current = (0, external_node_path_.join)(current, part);
          const stats = (0, external_node_fs_.lstatSync)(current, { throwIfNoEntry: false });
          if (!stats)
            (0, external_node_fs_.mkdirSync)(current, { mode: 493 });
          else if (!stats.isDirectory()) {
            throw new Error(`${field}: ${current} is ${stats.isSymbolicLink() ? "a symlink" : "not a directory"}; a download writes below the workspace through real directories only.`);
          }
        }
      }
      function ownUser() {
        const uid = process.getuid?.();
        const gid = process.getgid?.();
        return uid === void 0 || gid === void 0 || uid === 0 ? void 0 : `${uid}:${gid}`;
      }
      async function copyFileOut(runner, hostPath, mode, hostDestination, field) {
        const existing = (0, external_node_fs_.lstatSync)(hostDestination, { throwIfNoEntry: false });
        if (existing?.isDirectory()) {
          throw new Error(`${field}: ${hostDestination} is a directory; the file cannot replace it.`);
        }
        const temporary = (0, external_node_path_.join)((0, external_node_path_.dirname)(hostDestination), `.${(0, external_node_path_.basename)(hostDestination).slice(0, 100)}.osc-chroot-${(0, external_node_crypto_.randomBytes)(6).toString("hex")}`);
        try {
          await runner.run(["cp", "-P", "--", hostPath, temporary], { quiet: true });
          const copied = (0, external_node_fs_.lstatSync)(temporary);
          if (!copied.isFile()) {
            throw new Error(`${field}: ${hostPath} is no longer a regular file in the image; not copied.`);
          }
          const permissions = (parseInt(mode, 8) & 511).toString(8);
          await runner.run(["chmod", permissions, "--", temporary], { quiet: true });
          const owner = ownUser();
          if (owner)
            await runner.run(["chown", owner, "--", temporary], { quiet: true });
          (0, external_node_fs_.renameSync)(temporary, hostDestination);
        } catch (error) {
          (0, external_node_fs_.rmSync)(temporary, { force: true });
          throw error;
        }
      }
      async function listImageDirectory(runner, hostDir) {
        const result = await runner.run(["find", "-P", hostDir, "-xdev", "-mindepth", "1", "-printf", "%y\\0%m\\0%P\\0"], { quiet: true });
        const fields2 = result.stdout.split("\0");
        const entries = [];
        for (let i = 0; i + 2 < fields2.length; i += 3) {
          entries.push({ type: fields2[i], mode: fields2[i + 1], path: fields2[i + 2] });
        }
        return entries;
      }
      async function downloadFromImage(runner, mountPath, source, destination, workspace, field) {
        let resolved;
        try {
          resolved = await resolveInImage(runner, mountPath, source, { stayOnImageFileSystem: true });
        } catch (error) {
          if (!(error instanceof ImageEscapeError))
            throw error;
          throw new Error(`${field}: source ${JSON.stringify(source)} refused: ${error.message}`, {
            cause: error
          });
        }
        const { info } = resolved;
        if (info.type !== "file" && info.type !== "directory") {
          throw new Error(`${field}: source ${source} is ${describePathType(info)} in the image; a download copies regular files and directories.`);
        }
        const destinationIsDirectory = destination.endsWith("/") || ((0, external_node_fs_.lstatSync)(destination, { throwIfNoEntry: false })?.isDirectory() ?? false);
        const name = external_node_path_.posix.basename(resolved.pathInImage);
        const written = [];
        if (info.type === "file") {
          const target = destinationIsDirectory ? (0, external_node_path_.join)(destination, name) : (0, external_node_path_.resolve)(destination);
          ensureWorkspaceDirectory((0, external_node_path_.dirname)(target), workspace, field);
          await copyFileOut(runner, resolved.hostPath, info.mode ?? "644", target, field);
          written.push(target);
        } else {
          const top = source.endsWith("/") ? (0, external_node_path_.resolve)(destination) : (0, external_node_path_.join)(destination, name);
          ensureWorkspaceDirectory(top, workspace, field);
          written.push(top);
          for (const entry of await listImageDirectory(runner, resolved.hostPath)) {
            const where = `${resolved.pathInImage}/${entry.path}`;
            const target = (0, external_node_path_.join)(top, entry.path);
            if (entry.type === "d") {
              ensureWorkspaceDirectory(target, workspace, field);
              written.push(target);
            } else if (entry.type === "f") {
              ensureWorkspaceDirectory((0, external_node_path_.dirname)(target), workspace, field);
              await copyFileOut(runner, (0, external_node_path_.join)(resolved.hostPath, entry.path), entry.mode, target, field);
              written.push(target);
            } else {
              log.warning(`${field}: ${where} skipped: only regular files and directories are downloaded (it is ${entry.type === "l" ? "a symlink" : "a special file"})`);
            }
          }
        }
        log.info(`${field}: ${resolved.pathInImage} -> ${written[0]}${written.length > 1 ? ` (${written.length} entries)` : ""}`);
        return written;
      }
      ;
      function ansibleInventory(provisioner, mountPath) {
        const host = `${provisioner.hostAlias} ansible_connection=chroot ansible_host=${mountPath}
`;
        const groups = provisioner.groups.map((group) => `
[${group}]
${provisioner.hostAlias}
`);
        return host + groups.join("");
      }
      function ansibleCommand(provisioner, inventory) {
        return [
          ...provisioner.command,
          "-c",
          "chroot",
          "-i",
          inventory,
          "--extra-vars",
          `packer_build_name=${provisioner.buildName} packer_builder_type=${packerBuilderType}`,
          ...provisioner.extraArguments,
          provisioner.playbookFile
        ];
      }
      async function runAnsibleProvisioner(provisioner, run2) {
        const { runner, mountPath, label } = run2;
        const dir = (0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "osc-chroot-ansible-"));
        try {
          const inventory = (0, external_node_path_.join)(dir, "inventory");
          (0, external_node_fs_.writeFileSync)(inventory, ansibleInventory(provisioner, mountPath), { mode: 384 });
          const command = (0, shell_quote.quote)(ansibleCommand(provisioner, inventory));
          log.info(`${label}: ${command}`);
          try {
            await runHostCommandBesideChroot(runner, mountPath, command, { signal: run2.signal, cwd: run2.workspace }, { ANSIBLE_FORCE_COLOR: "0", ...provisioner.environment });
          } catch (error) {
            if (!(error instanceof CommandError) || run2.signal?.aborted)
              throw error;
            const tail = error.stderrTail ? `
${error.stderrTail}` : "";
            throw new Error(`${label}: ansible-playbook failed with exit code ${error.exitCode}.${tail}`, {
              cause: error
            });
          }
        } finally {
          (0, external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
      }
      ;
      async function runShellLocalProvisioner(provisioner, run2) {
        const { runner, mountPath, label } = run2;
        const dir = (0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "osc-chroot-shell-local-"));
        try {
          for (const [index, script] of provisioner.scripts.entries()) {
            let path;
            if ("hostFile" in script)
              path = script.hostFile;
            else {
              path = (0, external_node_path_.join)(dir, `script-${index + 1}.sh`);
              (0, external_node_fs_.writeFileSync)(path, script.content, { mode: 448 });
              (0, external_node_fs_.chmodSync)(path, 448);
            }
            const name = "hostFile" in script ? script.hostFile : "inline commands";
            const command = provisioner.executeCommand.split("{{.Script}}").join((0, shell_quote.quote)([path]));
            log.info(`${label}: running ${name} on the runner (${index + 1}/${provisioner.scripts.length})`);
            try {
              await runHostCommandBesideChroot(runner, mountPath, command, { signal: run2.signal, allowedExitCodes: provisioner.validExitCodes, cwd: run2.workspace }, provisioner.environment);
            } catch (error) {
              if (!(error instanceof CommandError) || run2.signal?.aborted)
                throw error;
              const tail = error.stderrTail ? `
${error.stderrTail}` : "";
              throw new Error(`${label}: ${name} failed with exit code ${error.exitCode}.${tail}`, {
                cause: error
              });
            }
          }
        } finally {
          (0, external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
      }
      ;
      async function removeScript(runner, mountPath, pathInImage2) {
        const entry = await resolveInImage(runner, mountPath, pathInImage2, {
          followLastLink: false,
          stayOnImageFileSystem: true
        });
        if (entry.info.type === "file")
          await runner.run(["rm", "-f", "--", entry.hostPath], { quiet: true });
      }
      async function runShellProvisioner(provisioner, run2) {
        const { runner, mountPath, label } = run2;
        const environment = {
          ...provisionEnvironment(run2.build, run2.provisionEnv),
          ...provisioner.environment
        };
        for (const [index, script] of provisioner.scripts.entries()) {
          const name = "hostFile" in script ? script.hostFile : "inline commands";
          const source = "hostFile" in script && !provisioner.binary ? { content: (0, external_node_fs_.readFileSync)(script.hostFile, "utf8").replace(/\r\n/g, "\n") } : script;
          const pathInImage2 = await placeInImage(runner, mountPath, source, provisioner.remotePath, label, "0755");
          const command = provisioner.executeCommand.split("{{.Path}}").join((0, shell_quote.quote)([pathInImage2]));
          log.info(`${label}: running ${name} (${index + 1}/${provisioner.scripts.length}) as ${pathInImage2}`);
          try {
            await runInSandboxedChroot({
              runner,
              mountPath,
              environment,
              command: ["/bin/sh", "-c", command],
              options: { signal: run2.signal, allowedExitCodes: provisioner.validExitCodes }
            });
          } catch (error) {
            if (!(error instanceof CommandError) || run2.signal?.aborted)
              throw error;
            const tail = error.stderrTail ? `
${error.stderrTail}` : "";
            throw new Error(`${label}: ${name} failed with exit code ${error.exitCode} in the chroot (allowed: ${provisioner.validExitCodes.join(", ")}).${tail}`, { cause: error });
          } finally {
            if (!provisioner.skipClean)
              await removeScript(runner, mountPath, pathInImage2);
          }
        }
      }
      ;
      async function runFileProvisioner(provisioner, run2) {
        const { runner, mountPath, label } = run2;
        if (provisioner.direction === "download") {
          await downloadFromImage(runner, mountPath, provisioner.sources[0], provisioner.destination, run2.workspace, label);
          return;
        }
        if (provisioner.content !== void 0) {
          await placeInImage(runner, mountPath, { content: provisioner.content }, provisioner.destination, label);
          return;
        }
        for (const source of provisioner.sources) {
          await uploadIntoImage(runner, mountPath, source, provisioner.destination, label);
        }
      }
      async function runTemplateProvisioner(provisioner, run2) {
        switch (provisioner.type) {
          case "shell":
            return runShellProvisioner(provisioner, run2);
          case "shell-local":
            return runShellLocalProvisioner(provisioner, run2);
          case "file":
            return runFileProvisioner(provisioner, run2);
          case "ansible":
            return runAnsibleProvisioner(provisioner, run2);
        }
      }
      ;
      function provisionerStep(provisioner, index, count) {
        const label = `provisioner ${index + 1}/${count}: ${provisioner.type} (${provisioner.at})`;
        return {
          name: `StepTemplateProvisioner${index + 1}`,
          title: label,
          async run(context) {
            await runTemplateProvisioner(provisioner, {
              runner: context.host,
              mountPath: context.mountPath,
              build: {
                buildId: context.buildId,
                omiName: context.config.omiName,
                sourceOmi: context.sourceImage?.ImageId ?? "",
                sourceOmiName: context.sourceImage?.ImageName ?? "",
                region: context.region
              },
              provisionEnv: context.config.provisionEnv,
              label,
              workspace: context.config.workspace,
              signal: context.signal
            });
          }
        };
      }
      const stepDownloadFiles = {
        name: "StepDownloadFiles",
        title: "Copying provision_files downloads into the workspace",
        skip: ({ config }) => !config.provisionFiles.some((file) => file.direction === "download"),
        async run({ config, host, mountPath }) {
          for (const [index, file] of config.provisionFiles.entries()) {
            if (file.direction !== "download")
              continue;
            await downloadFromImage(host, mountPath, file.source, file.destination, config.workspace, `provision_files[${index}]`);
          }
        }
      };
      function withTemplateProvisioners(steps, config) {
        const at = steps.indexOf(stepProvision);
        if (at < 0)
          return steps;
        const provisioners = config.templateProvisioners.map((provisioner, index, all) => provisionerStep(provisioner, index, all.length));
        return [
          ...steps.slice(0, at),
          ...provisioners,
          stepProvision,
          stepDownloadFiles,
          ...steps.slice(at + 1)
        ];
      }
      ;
      const detachRead = { afterMs: 1e4 };
      const stepUnlinkAlongsideSnapshot = buildStep({
        name: "StepUnlinkVolume",
        title: "Unlinking the volume",
        async run(context) {
          const overlap = unlinkOverlapOf(context);
          await overlap.snapshotAnswered;
          try {
            for (const entry of context.journal.active()) {
              if (entry.resource.kind !== "link")
                continue;
              const requestedAt = Date.now();
              const requested = await requestUnlink(entry.resource, context, context.journal, true);
              await untilDetachRead(overlap.unlinkAwaited);
              if (requested)
                await awaitUnlinked(entry.resource, context, requestedAt);
              context.journal.mark(entry, "undone");
              log.debug(`Undone: link ${entry.resource.volumeId}`);
            }
            overlap.endUnlink({ unlinked: true });
          } catch (error) {
            overlap.endUnlink({ unlinked: false });
            throw error;
          }
        }
      });
      async function untilDetachRead(sooner) {
        const done = new AbortController();
        try {
          await Promise.race([sooner, realSleep(detachRead.afterMs, done.signal).catch(() => void 0)]);
        } finally {
          done.abort();
        }
      }
      ;
      const stepVmInfo = buildStep({
        name: "StepVmInfo",
        title: "Reading the runner's VM",
        async run(context) {
          const { vmId, region } = context;
          const vm = await readRunnerVm(context);
          if (!vm) {
            throw new Error(`VM ${vmId} (this runner, from the metadata service) is not visible with these credentials in region ${region}. The credentials must belong to the account that owns the runner VM, and region must be the VM's region.`);
          }
          context.vm = vm;
          const subregion = vm.Placement?.SubregionName;
          if (subregion && subregion !== context.subregion) {
            log.warning(`The metadata service says subregion ${context.subregion}, the API says ${subregion}; using ${subregion}.`);
            context.subregion = subregion;
          }
          log.info(`Runner VM ${vm.VmId} in ${context.subregion}.`);
        }
      });
      ;
      const checks = [
        together("Checking the credentials, the OMI name, the runner VM and the source OMI", stepCheckCredentials, stepPrevalidateName, stepVmInfo, stepSourceOmi, stepCheckSandbox),
        stepRenderTemplates
      ];
      const prepareSteps = [
        ...checks,
        stepClaimMountPath,
        stepCopySourceOmi,
        stepCreateVolume,
        stepReadDeviceNames,
        stepLock,
        stepLinkVolume,
        stepPreMountCommands,
        stepGrowRootFilesystem,
        stepMount,
        stepGrowMountedFilesystem,
        stepPostMountCommands,
        // The host places its files while nothing of the host is mounted inside the image yet.
        stepCopyFiles,
        stepPreventServiceStart,
        stepProvisionFiles,
        stepChrootMounts,
        stepProvision
      ];
      const finishSteps = [
        stepUnmount,
        // Nothing writes to the volume any more: it is snapshotted while the unlink runs (unlink-overlap.ts).
        // The unlink comes first in the list: when both fail, its error is the cause.
        together("Unlinking the volume while it is snapshotted", stepUnlinkAlongsideSnapshot, stepSnapshotWhileLinked),
        stepDeregister,
        stepRegisterOmi,
        stepPermissions,
        stepTags
      ];
      const buildSteps = [...prepareSteps, ...finishSteps];
      function stepsFor(config, part) {
        if (config.dryRun)
          return checks;
        if (part !== "prepare")
          return withTemplateProvisioners(buildSteps, config);
        return withTemplateProvisioners(prepareSteps, config).filter((step) => step !== stepDownloadFiles);
      }
      async function runBuild(options2) {
        const { config, signal } = options2;
        if (!config.dryRun)
          assertCanRunPrivileged(config.commandWrapper);
        const identity = await readVmIdentity({ signal });
        const region = config.region || identity.region;
        if (config.region && config.region !== identity.region) {
          throw new Error(`region is ${config.region} but this runner VM is in ${identity.region} (${identity.subregion}). A chroot build links the volume to the runner itself: set region to the runner's region, or leave it empty.`);
        }
        const endpoint = resolveEndpoint(region, config.customEndpointOapi);
        const client = createOapiClient(config, { endpoint, region }, options2.onRequest);
        const journal = new Journal(options2.journalPath, {
          buildId: options2.buildId,
          region,
          endpoint,
          cleanup: cleanupSettingsOf(config)
        });
        const context = newBuildContext({
          config,
          client,
          journal,
          signal,
          buildId: options2.buildId,
          startedAt: (/* @__PURE__ */ new Date()).toISOString(),
          leftOpen: options2.part === "prepare",
          region,
          subregion: identity.subregion,
          vmId: identity.vmId
        });
        log.info(`Build ${options2.buildId}: VM ${identity.vmId} in ${identity.subregion}, API ${endpoint}.`);
        try {
          const leaveOpen = context.leftOpen && !config.dryRun;
          const result = await runSteps(stepsFor(config, options2.part), context, signal, (outcome) => leaveOpen && outcome === "succeeded" ? Promise.resolve() : cleanUp(journal, context, outcome, context.image));
          return { context, result };
        } finally {
          await client.close();
        }
      }
      ;
      const builderId = "oapi.outscale.chroot";
      function buildOutputs(context, manifestPath, durationSeconds) {
        return {
          omi_id: context.image?.ImageId ?? "",
          omi_name: context.config.omiName,
          snapshot_id: context.snapshot?.SnapshotId ?? "",
          source_omi_id: context.sourceImage?.ImageId ?? "",
          region: context.region,
          subregion: context.subregion,
          device: context.deviceName ?? "",
          manifest: manifestPath,
          duration_seconds: String(Math.round(durationSeconds))
        };
      }
      function writeManifest(path, context, result, durationSeconds) {
        const imageId = context.image?.ImageId;
        const manifest = {
          builds: [
            {
              name: context.config.omiName,
              builder_type: "osc-chroot",
              builder_id: builderId,
              build_time: Math.floor(Date.now() / 1e3),
              artifact_id: imageId ? `${context.region}:${imageId}` : "",
              custom_data: {
                build_id: context.buildId,
                outcome: result.outcome,
                omi_id: imageId ?? "",
                omi_name: context.config.omiName,
                snapshot_id: context.snapshot?.SnapshotId ?? "",
                source_omi_id: context.sourceImage?.ImageId ?? "",
                source_omi_name: context.sourceImage?.ImageName ?? "",
                region: context.region,
                subregion: context.subregion,
                volume_size_gib: context.volume?.Size ?? 0,
                device: context.deviceName ?? "",
                block_device: context.blockDevice ?? "",
                duration_seconds: Math.round(durationSeconds),
                steps: result.timings
              }
            }
          ],
          last_run_uuid: context.buildId
        };
        (0, external_node_fs_.writeFileSync)(path, JSON.stringify(manifest, null, 2) + "\n");
      }
      function summaryFacts(context, result, durationSeconds) {
        const source = context.sourceImage;
        return [
          ["Outcome", result.outcome],
          ["OMI", context.image ? `${context.image.ImageId} (${context.config.omiName})` : "none"],
          [
            "Source OMI",
            source ? `${source.ImageId} (${source.ImageName ?? ""})` : context.config.fromScratch ? "from scratch" : "none"
          ],
          ["Snapshot", context.snapshot?.SnapshotId ?? "none"],
          [
            "Root volume",
            context.volume ? `${context.volume.Size ?? "?"} GiB ${context.volume.VolumeType ?? ""}` : "none"
          ],
          ["Region", `${context.region} (${context.subregion})`],
          [
            "Device",
            context.deviceName ? `${context.deviceName} \u2192 ${context.blockDevice ?? "?"}` : "none"
          ],
          ["Duration", `${Math.round(durationSeconds)} s`]
        ];
      }
      ;
      function candidates(inventory, options2) {
        return sweepRules().flatMap(({ rule }) => rule.recognise(inventory, options2));
      }
      function planSweep(inventory, options2) {
        const resources2 = candidates(inventory, options2);
        const runningBuilds = /* @__PURE__ */ new Map();
        for (const { buildId, running, id: id2 } of resources2) {
          if (running && !runningBuilds.has(buildId))
            runningBuilds.set(buildId, `${running} (${id2})`);
        }
        const plan = { orphans: [], skipped: [], products: [], young: 0 };
        const oldest = options2.now.getTime() - options2.olderThanSeconds * 1e3;
        for (const resource of resources2) {
          const { kind, id: id2, buildId, createdAt } = resource;
          const created = Date.parse(createdAt);
          if (resource.ignored)
            continue;
          if (resource.product) {
            plan.products.push(id2);
          } else if (Number.isNaN(created)) {
            const reason = `its ${createdAtTag} tag is ${createdAt ? `"${createdAt}", not a date` : "missing"}: delete it by hand if it is an orphan`;
            plan.skipped.push({ kind, id: id2, buildId, reason });
          } else if (created > oldest) {
            plan.young++;
          } else if (runningBuilds.has(buildId)) {
            const reason = `build ${buildId} looks still running: ${runningBuilds.get(buildId)}`;
            plan.skipped.push({ kind, id: id2, buildId, reason });
          } else {
            plan.orphans.push({
              kind,
              id: id2,
              buildId,
              createdAt,
              ...resource.unlinkFirst ? { unlinkFirst: true } : {},
              ...resource.snapshotIds ? { snapshotIds: resource.snapshotIds } : {}
            });
          }
        }
        const withCopies = new Set(plan.orphans.flatMap((orphan) => orphan.snapshotIds ?? []));
        plan.orphans = plan.orphans.filter((orphan) => orphan.kind !== "snapshot" || !withCopies.has(orphan.id));
        return plan;
      }
      ;
      function describeOrphan(orphan) {
        const name = resources[orphan.kind].sweep?.label ?? orphan.kind;
        const withSnapshots = orphan.snapshotIds?.length ? ` (with ${orphan.snapshotIds.join(", ")})` : "";
        return `${name} ${orphan.id}${withSnapshots} of build ${orphan.buildId}, created ${orphan.createdAt}`;
      }
      function sweepSummaryLine(report) {
        const age = formatDuration(report.olderThanSeconds * 1e3);
        const done = report.dryRun ? `${report.orphans.length} to delete (dry run: nothing deleted)` : `${report.deleted.length} deleted, ${report.failed.length} could not be deleted`;
        return `Orphan sweep (older than ${age}): ${done}, ${report.skipped.length} left for a reason above, ${report.young} younger left alone, ${report.products.length} snapshots kept because OMIs use them.`;
      }
      function sweepSummaryRows(report) {
        const failed = new Map(report.failed.map(({ orphan, reason }) => [orphan.id, reason]));
        const outcome = (orphan) => report.dryRun ? "to delete (dry run)" : failed.has(orphan.id) ? `not deleted: ${failed.get(orphan.id)}` : "deleted";
        return [
          ...report.orphans.map((orphan) => [
            `${orphan.kind} ${orphan.id}`,
            orphan.buildId,
            outcome(orphan)
          ]),
          ...report.skipped.map((kept) => [
            `${kept.kind} ${kept.id}`,
            kept.buildId,
            `left: ${kept.reason}`
          ])
        ];
      }
      ;
      function linkedDeviceMountedHere(deviceName, byIdDir = hostDeviceLayout.byIdDir) {
        const byId = qemuByIdName(deviceName);
        if (!byId)
          return void 0;
        const path = (0, external_node_path_.join)(byIdDir, byId);
        if (!(0, external_node_fs_.existsSync)(path))
          return void 0;
        return isMounted(path);
      }
      async function readInventory(client, accountId2, signal) {
        const withBuildTag = { TagKeys: [buildIdTag] };
        const [allVolumes, snapshots, copies] = await Promise.all([
          client.readVolumes({}, signal),
          client.readSnapshots({ ...withBuildTag, AccountIds: [accountId2] }, signal),
          client.readImages({ ...withBuildTag, AccountIds: [accountId2] }, signal)
        ]);
        const volumes = allVolumes.filter(isBuildVolume);
        const snapshotIds = snapshots.map((snapshot2) => snapshot2.SnapshotId);
        const users = snapshotIds.length === 0 ? [] : await client.readImages({ BlockDeviceMappingSnapshotIds: snapshotIds }, signal);
        const copyIds = new Set(copies.map((copy) => copy.ImageId));
        const snapshotsInUse = new Set(users.filter((image) => !copyIds.has(image.ImageId)).flatMap(snapshotsOf));
        return { volumes, snapshots, copies, snapshotsInUse };
      }
      function deleteOrphan(orphan, means) {
        const rule = resources[orphan.kind].sweep;
        if (!rule)
          throw new Error(`the sweep has no rule to delete a ${orphan.kind}`);
        return rule.delete(orphan, means);
      }
      async function sweepOrphans(options2) {
        const { client, dryRun, olderThanSeconds, signal } = options2;
        const inventory = await readInventory(client, options2.accountId, signal);
        const plan = planSweep(inventory, {
          now: options2.now ?? /* @__PURE__ */ new Date(),
          olderThanSeconds,
          vmId: options2.vmId,
          mountedHere: options2.mountedHere ?? linkedDeviceMountedHere
        });
        const report = { ...plan, dryRun, olderThanSeconds, deleted: [], failed: [] };
        for (const skipped2 of plan.skipped) {
          log.warning(`Orphan sweep: leaving ${skipped2.kind} ${skipped2.id}: ${skipped2.reason}.`);
        }
        const ordered = sweepRules().flatMap(({ kind }) => plan.orphans.filter((o) => o.kind === kind));
        for (const orphan of ordered) {
          if (dryRun) {
            log.info(`Would delete ${describeOrphan(orphan)}.`);
            continue;
          }
          try {
            await deleteOrphan(orphan, { client, linkTimeoutSeconds: options2.linkTimeoutSeconds, signal });
            report.deleted.push(orphan);
            log.info(`Deleted ${describeOrphan(orphan)}.`);
          } catch (error) {
            if (signal?.aborted)
              throw error;
            const reason = error instanceof Error ? error.message : String(error);
            report.failed.push({ orphan, reason });
            log.warning(`Orphan sweep: could not delete ${describeOrphan(orphan)}: ${reason}`);
          }
        }
        log.info(sweepSummaryLine(report));
        return report;
      }
      ;
      async function runSweep(config, signal) {
        const identity = await readVmIdentity({ signal });
        const region = config.region || identity.region;
        const client = createOapiClient(config, {
          endpoint: resolveEndpoint(region, config.customEndpointOapi),
          region
        });
        try {
          const accountId2 = await readOwnAccountId(client, identity.vmId, signal).catch((error) => {
            if (error instanceof OapiError || !(error instanceof Error))
              throw error;
            throw new Error(`cleanup_orphans: ${error.message} Or set cleanup_orphans: 0.`, {
              cause: error
            });
          });
          return await sweepOrphans({
            client,
            accountId: accountId2,
            vmId: identity.vmId,
            olderThanSeconds: config.cleanupOrphans,
            dryRun: config.dryRun,
            linkTimeoutSeconds: config.timeouts.link,
            signal
          });
        } finally {
          await client.close();
        }
      }
      ;
      const realParts = {
        runSweep,
        runBuild,
        writeManifest,
        newBuildId: () => newBuildId(),
        now: () => performance.now()
      };
      function asError(error) {
        return error instanceof Error ? error : new Error(String(error));
      }
      async function build_and_report_buildAndReport(request, parts = realParts) {
        const { config, signal } = request;
        const onlySweep = request.sweepOnly === true || sweepsOnly(config);
        const report = { outputs: {} };
        if (onlySweep || config.cleanupOrphans > 0) {
          try {
            report.sweep = await log.group("Sweeping orphaned resources", () => parts.runSweep(config, signal));
          } catch (error) {
            if (onlySweep || signal.aborted)
              return { ...report, failure: asError(error) };
            log.warning(`The orphan sweep failed; building anyway. ${asError(error).message}`);
          }
        }
        if (report.sweep) {
          report.outputs.orphans_deleted = report.sweep.deleted.map((orphan) => orphan.id).join(" ");
          await request.onSweep?.(report.sweep);
          const failed = report.sweep.failed.length;
          if (failed > 0) {
            const message = `the orphan sweep could not delete ${failed} resource(s) (listed above)`;
            if (onlySweep)
              return { ...report, failure: new Error(message) };
            log.warning(message);
          }
        }
        if (onlySweep) {
          if (!request.sweepOnly) {
            log.info("omi_name is not set: the orphan sweep was the whole run, no OMI is built.");
          }
          return report;
        }
        const started = parts.now();
        const buildId = parts.newBuildId();
        const journalPath = journalPathFor(buildId);
        request.onBuildStart?.({ buildId, journalPath });
        let run2;
        try {
          const part = request.part ? { part: request.part } : {};
          run2 = await parts.runBuild({ config, buildId, journalPath, signal, ...part });
        } catch (error) {
          return { ...report, failure: asError(error) };
        }
        if (request.part === "prepare" && !config.dryRun && !run2.result.error) {
          log.info(`The chroot at ${run2.context.mountPath} is ready; build ${buildId} stays open.`);
          return { ...report, opened: run2 };
        }
        return reportBuild(report, run2, (parts.now() - started) / 1e3, parts);
      }
      function reportBuild(report, run2, seconds, parts = realParts) {
        const { context, result } = run2;
        const manifestPath = manifestPathFor(context.buildId);
        parts.writeManifest(manifestPath, context, result, seconds);
        report.build = { context, result, manifestPath, seconds };
        Object.assign(report.outputs, buildOutputs(context, manifestPath, seconds));
        if (result.error)
          return { ...report, failure: result.error };
        log.info(context.config.dryRun ? "dry_run: every check passed; nothing was created." : `OMI ${context.image?.ImageId} is ready.`);
        return report;
      }
      ;
      function cancel_on_signals_abortOnSignals() {
        const controller = new AbortController();
        for (const signal of ["SIGINT", "SIGTERM"]) {
          process.on(signal, () => {
            if (controller.signal.aborted)
              return;
            log.warning(`${signal} received: stopping the build and cleaning up.`);
            controller.abort(new CancelledError(`the build was cancelled (${signal})`));
          });
        }
        return controller.signal;
      }
      ;
      async function writeSweepSummary(report) {
        const rows = sweepSummaryRows(report);
        lib_core.z.addHeading("Orphan sweep", 3).addRaw(sweepSummaryLine(report), true);
        if (rows.length > 0) {
          lib_core.z.addTable([
            ["Resource", "Build", "Result"].map((data) => ({ data, header: true })),
            ...rows
          ]);
        }
        await lib_core.z.write();
      }
      async function writeBuildSummary({ context, result, seconds }) {
        const title = result.outcome === "succeeded" ? `OMI ${context.image?.ImageId} built` : `OMI build ${result.outcome}`;
        await lib_core.z.addHeading(title, 2).addTable(summaryFacts(context, result, seconds).map(([label, value]) => [
          { data: label, header: true },
          value
        ])).addHeading("Steps", 3).addTable([
          [
            { data: "Step", header: true },
            { data: "Status", header: true },
            { data: "Seconds", header: true }
          ],
          ...result.timings.map((t) => [t.title, t.status, t.seconds.toFixed(1)])
        ]).write();
      }
      function fail(error) {
        if (error instanceof ConfigError) {
          for (const problem of error.problems)
            lib_core.z3(problem);
          const count = error.problems.length;
          lib_core.C1(`The configuration has ${count} problem${count === 1 ? "" : "s"} (listed above).`);
        } else {
          lib_core.C1(error instanceof Error ? error.message : String(error));
        }
      }
      async function run() {
        const signal = abortOnSignals();
        try {
          const config = await loadAndShowConfig(actionConfigSources());
          const report = await buildAndReport({
            config,
            signal,
            onSweep: writeSweepSummary,
            onBuildStart: ({ journalPath }) => saveJournalPath(journalPath)
          });
          for (const [name, value] of Object.entries(report.outputs))
            core.setOutput(name, value);
          if (report.build)
            await writeBuildSummary(report.build);
          if (report.failure)
            fail(report.failure);
        } catch (error) {
          fail(error);
        }
      }
      ;
      const EXEC_COMMAND = "osc-chroot-exec";
      function launcherScript(node, execBundle2) {
        return `#!/bin/sh
exec ${(0, shell_quote.quote)([node, execBundle2])} "$@"
`;
      }
      function installExecLauncher(execBundle2, node = process.execPath, env = process.env) {
        const directory = (0, external_node_path_.join)(workDirectory(env), "bin");
        (0, external_node_fs_.mkdirSync)(directory, { recursive: true, mode: 493 });
        const path = (0, external_node_path_.join)(directory, EXEC_COMMAND);
        const temporary = `${path}.${process.pid}.tmp`;
        (0, external_node_fs_.writeFileSync)(temporary, launcherScript(node, execBundle2), { mode: 493 });
        (0, external_node_fs_.renameSync)(temporary, path);
        return directory;
      }
      ;
      const BUILD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
      function checkBuildName(name, what = "name") {
        const trimmed = name.trim();
        if (trimmed === "" || BUILD_NAME.test(trimmed))
          return trimmed;
        throw new Error(`${what} ${JSON.stringify(name)} is not a build name: use a letter then letters, digits or _ (at most 40), e.g. "web", or leave it empty for the unnamed build.`);
      }
      function buildVariable(name) {
        return name ? `OSC_CHROOT_BUILD_${name.toUpperCase()}` : "OSC_CHROOT_BUILD";
      }
      function openBuildPathFor(buildId, env = process.env) {
        return (0, external_node_path_.join)(workDirectory(env), `open-build-${buildId}.json`);
      }
      function withoutSecrets(config) {
        return {
          ...config,
          credentials: { ...config.credentials, secretKey: "" },
          provision: "",
          provisionScripts: [],
          provisionEnv: {},
          provisionHostCommands: [],
          templateProvisioners: []
        };
      }
      const resultKeys = [
        "accountId",
        "vm",
        "sourceImage",
        "baseImage",
        "deviceName",
        "blockDevice",
        "volume",
        "mountPath",
        "snapshot",
        "image",
        "rendered"
      ];
      function openBuildOf(context, name, prepareTimings, preparedAt = Date.now()) {
        const results = {};
        for (const key of resultKeys) {
          if (context[key] !== void 0)
            Object.assign(results, { [key]: context[key] });
        }
        return {
          version: 1,
          name,
          buildId: context.buildId,
          journalPath: context.journal.path,
          startedAt: context.startedAt,
          region: context.region,
          subregion: context.subregion,
          vmId: context.vmId,
          results,
          config: withoutSecrets(context.config),
          prepareTimings,
          preparedAt
        };
      }
      function writeOpenBuild(path, build) {
        (0, external_node_fs_.mkdirSync)((0, external_node_path_.dirname)(path), { recursive: true, mode: 448 });
        const temporary = `${path}.tmp`;
        (0, external_node_fs_.writeFileSync)(temporary, JSON.stringify(build, null, 2), { mode: 384 });
        (0, external_node_fs_.renameSync)(temporary, path);
      }
      class NoOpenBuildError extends Error {
        constructor(message) {
          super(message);
          this.name = "NoOpenBuildError";
        }
      }
      function describeBuild(name) {
        return name ? `no open build named "${name}"` : "no open build";
      }
      function findOpenBuild(name, env = process.env) {
        const variable = buildVariable(name);
        const path = env[variable]?.trim();
        const hint = name ? `run the prepare action with name: ${name} earlier in this job` : "run the prepare action earlier in this job (or pass --build NAME for a named build)";
        if (!path) {
          throw new NoOpenBuildError(`There is ${describeBuild(name)} (${variable} is not set): ${hint}.`);
        }
        let text;
        try {
          text = readFileSync(path, "utf8");
        } catch {
          throw new NoOpenBuildError(`There is ${describeBuild(name)}: ${variable} names ${path}, which does not exist (finish has already closed that build, or the runner removed its temporary files).`);
        }
        const build = JSON.parse(text);
        if (build.version !== 1) {
          throw new NoOpenBuildError(`The open build in ${path} was written by another version of osc-chroot (format ${String(build.version)}): use the same version for prepare, osc-chroot-exec and finish.`);
        }
        return build;
      }
      ;
      function execBundle() {
        return (0, external_node_path_.join)((0, external_node_path_.dirname)(process.argv[1]), "..", "exec", "index.js");
      }
      async function prepare_action_run() {
        const signal = cancel_on_signals_abortOnSignals();
        try {
          const name = checkBuildName(lib_core.V4("name"));
          const variable = buildVariable(name);
          const already = process.env[variable];
          if (already && (0, external_node_fs_.existsSync)(already)) {
            throw new Error(`name ${JSON.stringify(name)}: a build of that name is already open in this job (${variable}=${already}): finish it first, or give this one another name.`);
          }
          const config = await action_config_loadAndShowConfig(action_config_actionConfigSources());
          const report = await build_and_report_buildAndReport({
            config,
            signal,
            part: "prepare",
            onSweep: writeSweepSummary,
            onBuildStart: ({ journalPath }) => action_config_saveJournalPath(journalPath)
          });
          if (report.outputs.orphans_deleted !== void 0) {
            lib_core.uH("orphans_deleted", report.outputs.orphans_deleted);
          }
          if (!report.opened) {
            for (const [output, value] of Object.entries(report.outputs))
              lib_core.uH(output, value);
            if (report.build)
              await writeBuildSummary(report.build);
            if (report.failure)
              fail(report.failure);
            return;
          }
          const { context, result } = report.opened;
          const timings = result.timings.filter((timing) => timing.name !== "Cleanup");
          const path = openBuildPathFor(context.buildId);
          writeOpenBuild(path, openBuildOf(context, name, timings));
          lib_core.dN(variable, path);
          lib_core.fM(installExecLauncher(execBundle()));
          lib_core.uH("mount_path", context.mountPath ?? "");
          lib_core.uH("device", context.deviceName ?? "");
          lib_core.uH("build_id", context.buildId);
          lib_core.uH("source_omi_id", context.sourceImage?.ImageId ?? "");
          lib_core.pq(`Build ${context.buildId} is open at ${context.mountPath}: run commands in it with osc-chroot-exec${name ? ` --build ${name}` : ""}, then seal it with the finish action${name ? ` (name: ${name})` : ""}.`);
        } catch (error) {
          fail(error);
        }
      }
    })
  )
};
