export const id = 833;
export const ids = [833];
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
  6971: (
    /***/
    ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
      __webpack_require__.d(__webpack_exports__, {
        run: () => (
          /* binding */
          run
        )
      });
      var lib_core = __webpack_require__(3838);
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
      function template_useBuildIdentity(builder) {
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
      const template_templateVariables = {
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
      const template_sourceOmiVariables = (
        /* unused pure expression or super */
        null
      );
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
      function template_checkTemplate(template, variables, field) {
        if (!template.includes("{{") || isPlain(template, (name) => variables.includes(name)))
          return;
        compileChecked(template, placeholders(variables), field);
      }
      function template_render(template, vars, field) {
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
      var external_node_path_ = __webpack_require__(6760);
      ;
      const defaultMountPath = "/mnt/osc-chroot/{{.Device}}";
      const defaultChrootMounts = [
        { fstype: "proc", source: "proc", target: "/proc" },
        { fstype: "sysfs", source: "sysfs", target: "/sys" },
        { fstype: "private-dev", source: "osc-chroot", target: "/dev" }
      ];
      const defaultCopyFiles = (
        /* unused pure expression or super */
        null
      );
      const defaultTimeouts = {
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
          certPath: v.x509_cert_path ? resolve(workspace, v.x509_cert_path) : "",
          keyPath: v.x509_key_path ? resolve(workspace, v.x509_key_path) : ""
        };
      }
      function defaults_toBuildConfig(values, workspace) {
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
          provisionScripts: (v.provision_scripts ?? []).map((path) => resolve(workspace, path)),
          provisionFiles: (v.provision_files ?? []).map((file) => file.direction === "download" ? { ...file, destination: resolve(workspace, file.destination) } : (
            // A trailing / on a directory means "its contents" (Packer's rule): kept.
            {
              ...file,
              source: resolve(workspace, file.source) + (file.source.endsWith("/") ? "/" : "")
            }
          )),
          provisionEnv: v.provision_env ?? {},
          provisionHostCommands: v.provision_host_commands ?? [],
          // Filled in by loadConfig from the template (provisioners/provisioners.ts).
          templateProvisioners: [],
          workspace,
          preventServiceStart: v.prevent_service_start ?? true,
          killChrootProcesses: v.kill_chroot_processes ?? true,
          timeouts: { ...defaultTimeouts, ...v.timeouts },
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
      const log_log = {
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
      class parse_ValueContext {
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
          return new parse_ValueContext(key, this.findings, this.origin);
        }
        whereFrom() {
          return this.origin === "input" ? "" : ` (from ${this.origin})`;
        }
      }
      function parse_show(value) {
        if (typeof value === "string" && value.length > 80)
          return JSON.stringify(`${value.slice(0, 77)}...`);
        const text = JSON.stringify(value) ?? String(value);
        return text.length > 80 ? `${text.slice(0, 77)}...` : text;
      }
      function parse_isMap(raw) {
        return raw !== null && typeof raw === "object" && !Array.isArray(raw);
      }
      function shapeOf(raw) {
        if (Array.isArray(raw))
          return "a list";
        if (parse_isMap(raw))
          return "a map";
        return parse_show(raw);
      }
      function parse_didYouMean(word, known) {
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
        const hint = parse_isMap(raw) || Array.isArray(raw) ? yamlQuotingHint : "";
        return at.problem(`expected a single value, got ${shapeOf(raw)}${hint}`);
      };
      const parse_boolean = (raw, at) => {
        if (typeof raw === "boolean")
          return raw;
        if (typeof raw === "string" && /^(true|True|TRUE)$/.test(raw))
          return true;
        if (typeof raw === "string" && /^(false|False|FALSE)$/.test(raw))
          return false;
        return at.problem(`${parse_show(raw)} is not a boolean; write true or false`);
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
            return at.problem(`${parse_show(raw)} is not ${allowed}`);
          if (value < min || max !== void 0 && value > max) {
            return at.problem(`${parse_show(raw)} is out of range; expected ${allowed}`);
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
          return at.problem(`${parse_show(value)} is not allowed; use ${choices}`);
        };
      }
      function matching(pattern, expected) {
        return (raw, at) => {
          const value = parse_text(raw, at);
          if (value === void 0 || pattern.test(value))
            return value;
          return at.problem(`${parse_show(value)} is not ${expected}`);
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
        if (!parse_isMap(raw))
          return at.problem(`expected a YAML map (name: value), got ${shapeOf(raw)}`);
        const entries = Object.entries(raw).map(([name, value]) => [name, parse_text(value, at.child(name))]);
        return entries.every(([, value]) => value !== void 0) ? Object.fromEntries(entries) : void 0;
      });
      function fields(shape) {
        const known = Object.keys(shape);
        return (raw, at) => {
          if (!parse_isMap(raw)) {
            return at.problem(`expected a YAML map with the keys ${known.join(", ")}; got ${shapeOf(raw)}`);
          }
          const result = {};
          let valid = true;
          for (const [key, value] of Object.entries(raw)) {
            if (!(key in shape)) {
              const hint = parse_didYouMean(key, known) || `; known keys: ${known.join(", ")}`;
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
          return at.problem(`${parse_show(value)} is not a duration; write seconds (600) or e.g. 90s, 10m, 2h, 1h30m`);
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
          at.warning(`${parse_show(value)} rewritten to "${rewritten}": OAPI cannot link a volume as /dev/vd*`);
          value = rewritten;
        }
        if (/^\/dev\/(sd|xvd)[b-z][a-z]?$/.test(value))
          return value;
        return at.problem(`${parse_show(value)} is not a device name OAPI can link; use /dev/xvd or /dev/sd followed by a letter from b to z and an optional second letter (e.g. /dev/xvdf)`);
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
        return at.problem(`${parse_show(value)} is not a partition number (0 = the whole device) or auto`);
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
        return reason === "" ? value : at.problem(`${parse_show(value)} is not a mount option: ${reason}`);
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
          name = template_render(template, {}, at.key);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const prefix = `${at.key}: `;
          return at.problem(message.startsWith(prefix) ? message.slice(prefix.length) : message);
        }
        const shown = name === template ? parse_show(name) : `${parse_show(name)} (from ${parse_show(template)})`;
        if (name.length < 3 || name.length > 128) {
          return at.problem(`${shown} is ${name.length} characters long; OMI names have 3 to 128`);
        }
        if (!omiNameCharacters.test(name)) {
          const bad = [...new Set(name.replace(/[A-Za-z0-9 ()/._-]/g, ""))].map((c) => parse_show(c));
          return at.problem(`${shown} contains ${bad.join(", ")}; OMI names allow only letters, digits, space and ( ) / . - _. Pass the text that may hold others through clean_resource_name, which replaces them with "-", e.g. app-{{ isotime | clean_resource_name }}`);
        }
        return name;
      };
      const minimumOrphanAgeSeconds = 10 * 60;
      const orphanAge = (raw, at) => {
        const seconds = duration(raw, at);
        if (seconds === void 0 || seconds >= minimumOrphanAgeSeconds)
          return seconds;
        return at.problem(`${parse_show(raw)} is too young: an orphan must be at least 10m old, so that the resources of builds still running are never swept; use an age longer than your longest build, e.g. 6h`);
      };
      ;
      const volumeTypes = ["standard", "gp2", "io1"];
      const maxVolumeSizeGiB = 14901;
      const minIops = 100;
      const maxIops = 13e3;
      const maxIopsPerGiB = 300;
      function volume_rules_checkIops(volume2, iopsAt, keys) {
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
        if (!parse_isMap(raw)) {
          return at.problem(`expected a map of filter names to values, e.g. image-name: "Debian-12-*"`);
        }
        const filters = {};
        for (const [name, value] of Object.entries(raw)) {
          const oapiName = imageFilterNames[name] ?? (oapiImageFilterNames.includes(name) ? name : "");
          if (oapiName === "") {
            const known = [...Object.keys(imageFilterNames), ...oapiImageFilterNames];
            const hint = parse_didYouMean(name, known) || `; known filters: ${Object.keys(imageFilterNames).join(", ")}`;
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
          return at.problem(`expected a YAML list of [fstype, source, target] entries, got ${parse_show(raw)}`);
        }
        const mounts = raw.map((entry, index) => {
          const entryAt = at.child(index);
          if (!Array.isArray(entry) || entry.length !== 3) {
            return entryAt.problem(`${parse_show(entry)} must have exactly three elements: [fstype, source, target-inside-chroot]`);
          }
          const [fstype, source, target] = entry.map((part) => parse_text(part, entryAt));
          if (fstype === void 0 || source === void 0 || target === void 0)
            return void 0;
          if (!target.startsWith("/")) {
            return entryAt.problem(`target ${parse_show(target)} must be an absolute path inside the chroot`);
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
          at.child("device_name").problem(`${parse_show(mapping.device_name)} must start with /dev/`);
        }
        volume_rules_checkIops({ type: mapping.volume_type, iops: mapping.iops, size: mapping.volume_size }, at.child("iops"), { type: "volume_type", size: "volume_size" });
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
          return at.problem(`expected a YAML list of maps (device_name, volume_size, ...), got ${parse_show(raw)}`);
        }
        const mappings = raw.map((entry, index) => blockDeviceMapping(entry, at.child(index)));
        const names = mappings.map((mapping) => mapping?.deviceName).filter((name) => name);
        const repeated = names.filter((name, index) => names.indexOf(name) !== index);
        if (repeated.length > 0)
          at.problem(`device_name ${parse_show(repeated[0])} appears more than once`);
        return mappings.every((mapping) => mapping !== void 0) ? mappings : void 0;
      });
      function provisionFileFromLine(line, at) {
        const colon = line.lastIndexOf(":/");
        if (colon <= 0) {
          return at.problem(`${parse_show(line)} is not source:destination with an absolute destination (e.g. files/app.conf:/etc/app.conf)`);
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
          return at.child(key).problem(`${parse_show(path)} is not an absolute path (it must start with /)`);
        }
        if (!path.split("/").includes(".."))
          return file;
        return at.problem(`${key} ${parse_show(path)} contains "..": give the absolute path inside the image without it (e.g. /etc/app.conf)`);
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
          return at.problem(`expected one source:destination per line or a YAML list, got ${parse_show(raw)}`);
        }
        const files = items.map((item, index) => provisionFile(item, at.child(index)));
        return files.every((file) => file !== void 0) ? files : void 0;
      };
      const provisionEnv = (raw, at) => {
        let entries;
        if (parse_isMap(raw)) {
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
            at.problem(`${parse_show(name)} is not a variable name (letters, digits and _, not first a digit)`);
          }
        }
        return valid ? Object.fromEntries(entries) : void 0;
      };
      const timeouts = yamlValue(fields({ volume: duration, link: duration, device: duration, snapshot: duration, omi: duration }));
      ;
      const template_inputs_templateVariablesInput = "template_variables";
      const template_inputs_templateSourceInput = "template_source";
      const variableNamePattern = /^[A-Za-z_][A-Za-z0-9_-]*$/;
      const variableValues = yamlValue((raw, at) => {
        if (!parse_isMap(raw)) {
          return at.problem(`expected a YAML or JSON map of variable names to values, e.g. version: "1.2"`);
        }
        const bad = Object.keys(raw).filter((name) => !variableNamePattern.test(name));
        if (bad.length > 0) {
          return at.problem(`${parse_show(bad[0])} is not a variable name (letters, digits, _ and -)`);
        }
        return raw;
      });
      function template_inputs_readTemplateInputs(getInput, findings) {
        const variablesText = getInput(template_inputs_templateVariablesInput);
        const variables = variablesText.trim() === "" ? {} : variableValues(variablesText, new parse_ValueContext(template_inputs_templateVariablesInput, findings)) ?? {};
        const source = parse_text(getInput(template_inputs_templateSourceInput), new parse_ValueContext(template_inputs_templateSourceInput, findings)) ?? "";
        return { variables, source: source.trim() };
      }
      function chooseCandidate(candidates, source, where, at, sourceAt) {
        const names = candidates.map((candidate2) => `${candidate2.type}.${candidate2.name}`);
        if (source === "") {
          if (candidates.length === 1)
            return candidates[0];
          if (candidates.length === 0)
            return at.problem(`the template has no ${where}`);
          return at.problem(`the template has several ${where} (${names.join(", ")}); choose one with the ${template_inputs_templateSourceInput} input (its name or type.name)`);
        }
        const chosen = candidates.filter((candidate2) => candidate2.name === source || `${candidate2.type}.${candidate2.name}` === source);
        if (chosen.length === 1)
          return chosen[0];
        if (chosen.length === 0) {
          return sourceAt.problem(`${parse_show(source)} is none of the template's ${where} (${names.join(", ") || "none"})`);
        }
        return sourceAt.problem(`${parse_show(source)} names several of the template's ${where}; write type.name (${chosen.map((candidate2) => `${candidate2.type}.${candidate2.name}`).join(", ")})`);
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
      const inputs_optionNames = Object.keys(options);
      const inputs_aliases = { snapshot_users: "snapshot_account_ids" };
      const inputs_configFileInput = "config_file";
      const inputNames = [
        ...inputs_optionNames,
        ...Object.keys(inputs_aliases),
        inputs_configFileInput,
        template_inputs_templateVariablesInput,
        template_inputs_templateSourceInput
      ];
      function inputs_parseOptions(raw, findings) {
        const values = {};
        const rejected = /* @__PURE__ */ new Set();
        for (const name of inputs_optionNames) {
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
      function inputs_toRawOptions(entries, origin, keyAt) {
        const layer = {};
        const keyOf = {};
        for (const [key, raw] of entries) {
          const name = key in options ? key : inputs_aliases[key];
          if (name === void 0) {
            const hint = parse_didYouMean(key, inputNames) || "; see the inputs in docs/configuration.md";
            keyAt(key).problem(`unknown option${hint}`);
            continue;
          }
          if (raw === "" || raw === null || raw === void 0)
            continue;
          if (name === "secret_key" && typeof raw === "string")
            log_log.secret(raw);
          if (layer[name] !== void 0) {
            keyAt(key).problem(`${keyOf[name]} is set too; ${key} is another name for it, set only one`);
            continue;
          }
          layer[name] = { raw, origin };
          keyOf[name] = key;
        }
        return layer;
      }
      var external_node_fs_ = __webpack_require__(3024);
      ;
      const provisioner_settings_commonKeys = (
        /* unused pure expression or super */
        null
      );
      const provisioner_settings_ignoredCommonKeys = {
        pause_before: "ignored: nothing needs to settle between two steps of a chroot build",
        max_retries: "ignored: a failed provisioner fails the build",
        timeout: "ignored: the job's timeout-minutes bounds the build"
      };
      class provisioner_settings_ProvisionerSettings {
        provisioner;
        findings;
        workspace;
        used = new Set(provisioner_settings_commonKeys);
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
          const absolute = resolve(this.workspace, path);
          const stats = statSync(absolute, { throwIfNoEntry: false });
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
      const ansibleKeys = (
        /* unused pure expression or super */
        null
      );
      const ansibleRefused = {
        inventory_file: "the action writes the inventory itself (one host, host_alias, in groups, reached through the chroot connection); set groups, and give variables with extra_arguments (-e)",
        inventory_directory: "the action writes the inventory itself; set groups and extra_arguments",
        galaxy_file: "install the roles and collections in an earlier workflow step (ansible-galaxy install -r requirements.yml), then point roles_path or collections_path at them"
      };
      function provisioner_ansible_mapAnsible(settings, context) {
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
          environment.ANSIBLE_ROLES_PATH = resolve(context.workspace, rolesPath);
        const collectionsPath = settings.text("collections_path");
        if (collectionsPath !== void 0) {
          environment.ANSIBLE_COLLECTIONS_PATH = resolve(context.workspace, collectionsPath);
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
        const candidates = program.includes("/") ? [program] : (env.PATH ?? process.env.PATH ?? "").split(delimiter).map((dir) => join(dir, program));
        return candidates.find((candidate2) => {
          try {
            accessSync(candidate2, constants.X_OK);
            return statSync(candidate2).isFile();
          } catch {
            return false;
          }
        });
      }
      ;
      const fileKeys = (
        /* unused pure expression or super */
        null
      );
      function provisioner_file_mapFile(settings) {
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
          if (!isAbsolute(sources[0]) || sources[0].split("/").includes("..")) {
            return at.child("source").problem(`${show(sources[0])}: a download's source is an absolute path in the image, without ".."`);
          }
          const hostPath = resolve(settings.workspace, destination);
          if (!provisioner_file_insideDirectory(hostPath, settings.workspace)) {
            return at.child("destination").problem(`${show(destination)} is outside the workspace (${settings.workspace}); downloads stay in it`);
          }
          return { type: "file", at: settings.provisioner.at, direction, sources, destination: hostPath };
        }
        if (!isAbsolute(destination) || destination.split("/").includes("..")) {
          return at.child("destination").problem(`${show(destination)} must be an absolute path in the image, without ".."`);
        }
        if (sources.length > 1 && !destination.endsWith("/")) {
          at.child("destination").problem(`with several sources, must be a directory ending in / (Packer's rule)`);
        }
        const hostSources = sources.map((source) => {
          const absolute = generated ? resolve(settings.workspace, source) : settings.hostFile("source", source, "any");
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
      function provisioner_file_insideDirectory(path, dir) {
        const base = resolve(dir);
        return path === base || path.startsWith(base.endsWith("/") ? base : `${base}/`);
      }
      ;
      const packerBuilderType = "osc-chroot";
      const shellKeys = (
        /* unused pure expression or super */
        null
      );
      const shellLocalKeys = (
        /* unused pure expression or super */
        null
      );
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
        if (!posix.isAbsolute(path) || path.split("/").includes("..")) {
          settings.at.child(key).problem(`${show(path)} must be an absolute path in the image, without ".."`);
        }
        return posix.normalize(path);
      }
      const environmentFormatIgnored = {
        env_var_format: "ignored: the variables reach the script through its environment",
        use_env_var_file: "accepted: the variables always reach the script through its environment"
      };
      function provisioner_shell_mapShell(settings, buildName) {
        const hasSource2 = checkOneSource(settings, ["inline", "script", "scripts"]);
        const inline = settings.list("inline");
        const scripts = settings.has("inline") ? [inlineScript(settings, inline)] : scriptFiles(settings);
        const environment = environmentOf(settings, buildName);
        const executeCommand = reduceExecuteCommand(settings.text("execute_command") ?? "chmod +x {{.Path}}; {{.Vars}} {{.Path}}", "Path", settings);
        const folder = pathInImage(settings, "remote_folder", settings.text("remote_folder") ?? "/tmp");
        const file = settings.text("remote_file") ?? `script_${randomInt(1e4)}.sh`;
        if (file.includes("/"))
          settings.at.child("remote_file").problem(`${show(file)} must be a file name`);
        const remotePath = settings.has("remote_path") ? pathInImage(settings, "remote_path", settings.text("remote_path") ?? "") : posix.join(folder, file);
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
      function provisioner_shell_mapShellLocal(settings, buildName) {
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
      const inlineProvisioningInputs = (
        /* unused pure expression or super */
        null
      );
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
      function provisioners_templateProvisioners(template, values, context) {
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
          if (!parse_isMap(mapping) || !("delete_on_termination" in mapping))
            return mapping;
          at.child(index).warning(`delete_on_termination ${parse_show(mapping.delete_on_termination)} is an Amazon spelling; use delete_on_vm_deletion`);
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
        if (parse_isMap(value)) {
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
          if (parse_isMap(collection) && (typeof key === "string" || typeof key === "number")) {
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
        const byType = parse_isMap(parent.body[kind]) ? parent.body[kind] : {};
        const remaining = new Map(Object.entries(byType).map(([type, bodies]) => [type, Array.isArray(bodies) ? [...bodies] : []]));
        const ordered = [];
        for (const block of childBlocks(parent.block, kind)) {
          const body = remaining.get(block.labels[0])?.shift();
          if (parse_isMap(body))
            ordered.push({ type: block.labels[0], block, body });
        }
        for (const [type, bodies] of remaining) {
          for (const body of bodies)
            if (parse_isMap(body))
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
        if (!parse_isMap(override))
          return {};
        const entry = override[`${identity.type}.${identity.name}`] ?? override[identity.name];
        return parse_isMap(entry) ? entry : {};
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
          log_log.debug(`variable ${name}: from ${origin}`);
          values[name] = value;
        }
        return values;
      }
      function maskAll(value) {
        if (typeof value === "string" && value !== "")
          log_log.secret(value);
        else if (typeof value === "number")
          log_log.secret(String(value));
        else if (Array.isArray(value))
          value.forEach(maskAll);
        else if (parse_isMap(value))
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
            if (parse_isMap(map))
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
            if (!parse_isMap(byName))
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
              const body = Array.isArray(bodies) && parse_isMap(bodies[0]) ? bodies[0] : {};
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
              if (!parse_isMap(body))
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
          const candidates = [];
          for (const file of this.files) {
            const byType = file.json.source;
            if (!parse_isMap(byType))
              continue;
            for (const [type, byName] of Object.entries(byType)) {
              if (!builderTypes.includes(type) || !parse_isMap(byName))
                continue;
              for (const [name, bodies] of Object.entries(byName)) {
                const body = Array.isArray(bodies) && parse_isMap(bodies[0]) ? bodies[0] : {};
                const block = childBlocks(file.blocks, "source").find((candidate2) => candidate2.labels[0] === type && candidate2.labels[1] === name);
                candidates.push({ type, name, item: { file, block, body } });
              }
            }
          }
          const where = `source blocks of type ${builderTypes.join(" or ")}`;
          return chooseCandidate(candidates, this.reading.inputs.source, where, this.reading.at, this.reading.sourceAt);
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
              if (!parse_isMap(body))
                return;
              const listed = Array.isArray(body.sources) && body.sources.some(matches);
              const nested = parse_isMap(body.source) ? Object.entries(body.source).find(([ref]) => matches(ref)) : void 0;
              if (!listed && nested === void 0)
                return;
              const overrideBodies = nested?.[1];
              const override = Array.isArray(overrideBodies) && parse_isMap(overrideBodies[0]) ? overrideBodies[0] : {};
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
          const nested = parse_isMap(build.body.source) ? Object.keys(build.body.source) : [];
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
            if (!parse_isMap(sequence))
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
        return parse_isMap(document) && "builders" in document;
      }
      const packerFunction = /\{\{\s*(user|env)\s+(?:"([^"]*)"|`([^`]*)`)\s*\}\}/g;
      function readJsonTemplate(document, reading) {
        const { at, keyAt, env } = reading;
        const template = checkShape(document, at);
        if (template === void 0)
          return void 0;
        const candidates = template.builders.filter((builder) => builderTypes.includes(builder.type)).map((builder) => ({ type: builder.type, name: builderName(builder), item: builder }));
        if (candidates.length === 0) {
          const found = template.builders.map((builder) => builder.type).join(", ");
          return at.problem(`the Packer template has no builder of type ${builderTypes.join(" or ")} (builders found: ${found})`);
        }
        const chosen = chooseCandidate(candidates, reading.inputs.source, `${builderTypes.join(" / ")} builders`, at, reading.sourceAt);
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
        if (!parse_isMap(document))
          return bad("the document", "a map");
        const { variables = {}, builders, provisioners = [] } = document;
        const sensitive = document["sensitive-variables"] ?? [];
        const postProcessors = document["post-processors"] ?? [];
        if (!parse_isMap(variables))
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
            else if (parse_isMap(entry) && typeof entry.type === "string") {
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
        const index = entries.findIndex((entry) => !parse_isMap(entry) || typeof entry.type !== "string");
        if (index < 0)
          return void 0;
        return parse_isMap(entries[index]) ? [`${list}[${index}].type`, "a string"] : [`${list}[${index}]`, "a map"];
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
            log_log.secret(variables[name]);
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
        if (parse_isMap(value)) {
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
          const overridden = parse_isMap(override) && parse_isMap(override[builder]) ? override[builder] : {};
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
        if (parse_isMap(value)) {
          return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withTemplateDir(item, dir)]));
        }
        return value;
      }
      ;
      const unreadable = { options: {}, unreadable: true };
      const inputOnlyKeys = [inputs_configFileInput, template_inputs_templateVariablesInput, template_inputs_templateSourceInput];
      function config_file_readConfigFile(path, workspace, env, templateInputs, findings) {
        const fileAt = new parse_ValueContext(inputs_configFileInput, findings);
        const origin = `${inputs_configFileInput} ${path}`;
        const keyAt = (key) => new parse_ValueContext(key, findings, origin);
        const reading = {
          file: path,
          inputs: templateInputs,
          env,
          at: fileAt,
          keyAt,
          sourceAt: new parse_ValueContext(template_inputs_templateSourceInput, findings),
          variablesAt: new parse_ValueContext(template_inputs_templateVariablesInput, findings)
        };
        const absolute = (0, external_node_path_.resolve)(workspace, path);
        let template;
        let values;
        if (path.endsWith(".pkr.json")) {
          fileAt.problem(`${parse_show(path)}: HCL2 templates in JSON syntax (.pkr.json) cannot be read; use the .pkr.hcl form, a Packer JSON template (with builders) or a YAML config file`);
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
            fileAt.problem(`cannot read ${parse_show(path)} (in ${workspace}): ${reason}`);
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
        if (!parse_isMap(values)) {
          fileAt.problem(`${parse_show(path)} must hold a map of option names to values, e.g. omi_name: app`);
          return unreadable;
        }
        if (template === void 0)
          checkTemplateInputsUnused(templateInputs, reading);
        for (const key of inputOnlyKeys.filter((name) => name in values)) {
          keyAt(key).problem("can only be given as an input, not inside a config file");
        }
        const entries = Object.entries(values).filter(([key]) => !inputOnlyKeys.includes(key));
        return { options: inputs_toRawOptions(entries, origin, keyAt), template };
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
        endpoints: ((raw, at) => parse_isMap(raw) ? fields({ api: jsonString })(pick(raw, ["api"]), at) : at.problem("must be a map of service names to endpoints"))
      };
      function pick(raw, keys) {
        return Object.fromEntries(Object.entries(raw).filter(([key]) => keys.includes(key)));
      }
      const readProfileFields = fields(profileFields);
      function osc_environment_chooseProfile(fromOptions, env) {
        if (fromOptions !== void 0)
          return fromOptions;
        return env.OSC_PROFILE ? { raw: env.OSC_PROFILE, origin: "OSC_PROFILE" } : void 0;
      }
      function osc_environment_oscEnvironmentSources(env, homeDir, profile, findings) {
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
        const sources = entries.map(({ variable, option, value }) => inputs_toRawOptions([[option, value ?? ""]], variable, (key) => new parse_ValueContext(key, findings, variable)));
        return Object.assign({}, ...sources);
      }
      function readProfile(path, name, chosen, findings) {
        const at = new parse_ValueContext("profile", findings, chosen?.origin);
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
        if (!parse_isMap(document))
          return report(`${path} must hold a map of profile names to profiles`);
        if (!(name in document)) {
          const names = Object.keys(document).join(", ") || "none";
          return chosen ? report(`no profile "${name}" in ${path} (profiles there: ${names})`) : {};
        }
        const shape = { problems: [], warnings: [] };
        const profile = document[name];
        const parsed = parse_isMap(profile) ? readProfileFields(pick(profile, Object.keys(profileFields)), new parse_ValueContext("", shape)) : new parse_ValueContext("", shape).problem("must be a map");
        if (parsed === void 0) {
          const first = (shape.problems[0] ?? "").replace(/^\.?([^:]*): /, "$1 ");
          return report(`profile "${name}" in ${path}: ${first.trim()}`);
        }
        const origin = `profile "${name}" in ${path}`;
        return inputs_toRawOptions([
          ["access_key", parsed.access_key ?? ""],
          ["secret_key", parsed.secret_key ?? ""],
          ["region", parsed.region ?? ""],
          ["custom_endpoint_oapi", parsed.endpoints?.api ?? ""],
          ["x509_cert_path", parsed.x509_client_cert ?? ""],
          ["x509_key_path", parsed.x509_client_key ?? ""]
        ], origin, (key) => new parse_ValueContext(key, findings, origin));
      }
      ;
      const credentialOptions = (
        /* unused pure expression or super */
        null
      );
      function sources_resolveOptions(sources, findings) {
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
      function mount_path_whyUnsafeMountPath(mountPath) {
        if (!posix.isAbsolute(mountPath)) {
          return "is a relative path; use an absolute one such as /mnt/osc-chroot/{{.Device}}";
        }
        const path = posix.normalize(mountPath).replace(/(.)\/+$/, "$1");
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
      const mount_path_mountPathAdvice = `use a directory of its own, such as /mnt/osc-chroot/{{.Device}} (the default); not ${SYSTEM_DIRECTORIES.join(", ")} or a parent of one, nor inside ${SYSTEM_TREES.join(", ")}`;
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
        if (command_wrapper_commandInQuotes(commandWrapper)) {
          return `command_wrapper ${shown} puts {{.Command}} inside quotes, where a shell would read the command as text again. Write {{.Command}} unquoted, as a word of its own (e.g. 'sudo {{.Command}}' or 'sudo -n {{.Command}}'): the command is passed as separate arguments ("$@"); to go through a shell, write: sh -c 'exec "$@"' sh {{.Command}}`;
        }
        return void 0;
      }
      function command_wrapper_commandInQuotes(commandWrapper) {
        return [...commandWrapper.matchAll(COMMAND_PLACEHOLDER)].some((match) => quotingContextAt(commandWrapper, match.index) !== "none");
      }
      function wrapCommand(commandWrapper, argv) {
        const problem = commandWrapperProblem(commandWrapper);
        if (problem)
          throw new Error(problem);
        return {
          file: "/bin/sh",
          args: ["-c", template_render(commandWrapper, { Command: '"$@"' }, "command_wrapper"), "sh", ...argv],
          display: template_render(commandWrapper, { Command: (0, shell_quote.quote)(argv) }, "command_wrapper")
        };
      }
      ;
      function validate_validateConfig(config, parsed, findings, workspace = process.cwd()) {
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
        const words = parseShellWords(config.provisionShell);
        if (words.length === 0 || words.some((word) => typeof word !== "string")) {
          problem("provision_shell", `${show(config.provisionShell)} is not a program and its options (no pipes, ;, &&, redirections or globs), e.g. "/bin/sh -e" or "/bin/bash -eux"`);
        }
      }
      function checkProvisioningFiles({ config, problem, workspace }) {
        for (const script of config.provisionScripts) {
          if (!existsSync(script))
            problem("provision_scripts", `${show(script)} does not exist`);
          else if (!isFile(script))
            problem("provision_scripts", `${show(script)} is not a file`);
        }
        for (const file of config.provisionFiles) {
          if (file.direction === "download") {
            if (!insideDirectory(file.destination, workspace)) {
              problem("provision_files", `destination ${show(file.destination)} of a download is outside the workspace (${workspace}); downloads are written into it only`);
            }
          } else if (!existsSync(file.source)) {
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
            problem(option, `${show(path)} ${existsSync(path) ? "is not a file" : "does not exist"}`);
          } else if (!isReadable(path)) {
            problem(option, `${show(path)} cannot be read by this process (check its permissions)`);
          }
        }
      }
      function isReadable(path) {
        try {
          accessSync(path, constants.R_OK);
          return true;
        } catch {
          return false;
        }
      }
      function isFile(path) {
        return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
      }
      function isFileOrDirectory(path) {
        const stats = statSync(path, { throwIfNoEntry: false });
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
      function describe_describeConfig(config) {
        const { credentials, provisionEnv: provisionEnv2, templateProvisioners: templateProvisioners2, ...rest } = config;
        const shown = {
          access_key: credentials.accessKey ? `(set, ends with ${credentials.accessKey.slice(-4)})` : "(not set)",
          secret_key: credentials.secretKey ? "(set)" : "(not set)",
          ...withOptionNames(rest),
          provision_env: Object.keys(provisionEnv2).map((name) => `${name}=(set)`),
          // Their variables may hold tokens, like provision_env: where each is, not what it holds.
          template_provisioners: templateProvisioners2.map((provisioner) => `${provisioner.type} (${provisioner.at})`)
        };
        return YAML.stringify(shown, { lineWidth: 0 }).trimEnd();
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
      function config_loadConfig(sources) {
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
        const random = randomBytes(4).toString("hex");
        return env.GITHUB_RUN_ID ? `run-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${random}` : `local-${random}`;
      }
      function workDirectory(env = process.env) {
        return join(env.RUNNER_TEMP || tmpdir(), "osc-chroot");
      }
      const CLIENT_TOKEN_PREFIX = "osc-chroot-";
      function newClientToken(buildId) {
        return `${CLIENT_TOKEN_PREFIX}${buildId}-${randomBytes(4).toString("hex")}`;
      }
      function identity_buildIdOfClientToken(token) {
        if (!token?.startsWith(CLIENT_TOKEN_PREFIX))
          return void 0;
        const match = /^(.+)-[0-9a-f]{8}$/.exec(token.slice(CLIENT_TOKEN_PREFIX.length));
        return match?.[1];
      }
      function journalPathFor(buildId, env = process.env) {
        return join(workDirectory(env), `journal-${buildId}.json`);
      }
      function manifestPathFor(buildId, env = process.env) {
        return join(workDirectory(env), `manifest-${buildId}.json`);
      }
      ;
      function configSources(getInput, workspace = process.cwd()) {
        return { getInput, env: process.env, homeDir: (0, external_node_os_.homedir)(), workspace };
      }
      function actionConfigSources() {
        return configSources((name) => lib_core.V4(name), process.env.GITHUB_WORKSPACE || process.cwd());
      }
      async function loadAndShowConfig(sources) {
        const { config, warnings } = loadConfig(sources);
        for (const warning of warnings)
          log.warning(warning);
        await log.group("Configuration", async () => log.info(describeConfig(config)));
        return config;
      }
      function saveJournalPath(path) {
        core.saveState(JOURNAL_STATE, path);
      }
      function savedJournalPath() {
        return lib_core.Gu(identity_JOURNAL_STATE);
      }
      ;
      function pairOf(source) {
        const accessKey = source.access_key?.raw;
        const secretKey = source.secret_key?.raw;
        if (typeof accessKey !== "string" || typeof secretKey !== "string")
          return void 0;
        if (!accessKey || !secretKey)
          return void 0;
        return { accessKey, secretKey, origin: source.access_key?.origin ?? "unknown" };
      }
      function tolerant(what, read, fallback) {
        try {
          return read();
        } catch (error) {
          log_log.debug(`Cleanup credentials: ${what} skipped (${error.message})`);
          return fallback;
        }
      }
      function candidateCredentials(sources, hints = {}) {
        const ignored = { problems: [], warnings: [] };
        const input = (name) => tolerant(`input ${name}`, () => sources.getInput(name).trim(), "");
        const fromInputs = {};
        const accessKey = input("access_key");
        const secretKey = input("secret_key");
        if (secretKey)
          log_log.secret(secretKey);
        if (accessKey)
          fromInputs.access_key = { raw: accessKey, origin: "input" };
        if (secretKey)
          fromInputs.secret_key = { raw: secretKey, origin: "input" };
        const configFile = input(inputs_configFileInput);
        const fromFile = configFile ? tolerant(inputs_configFileInput, () => config_file_readConfigFile(configFile, sources.workspace, sources.env, template_inputs_readTemplateInputs(sources.getInput, ignored), ignored).options, {}) : {};
        const named = hints.profile || input("profile");
        const profile = osc_environment_chooseProfile(named ? { raw: named, origin: "the build" } : void 0, sources.env);
        const fromEnvironment = tolerant("OSC_* variables and profile", () => osc_environment_oscEnvironmentSources(sources.env, sources.homeDir, profile, ignored), []);
        return [fromInputs, fromFile, ...fromEnvironment].map(pairOf).filter((pair) => pair !== void 0);
      }
      function readCleanupCredentials(sources, hints = {}) {
        const candidates = candidateCredentials(sources, hints);
        const same = hints.accessKey ? candidates.find((pair) => pair.accessKey === hints.accessKey) : void 0;
        return same ?? candidates[0];
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
          log_log.debug(`$ ${display}`);
        else
          for (const printed of neutralised(`$ ${display}`))
            log_log.info(printed);
        const logLine = (line) => {
          if (!options2.quiet)
            for (const printed of neutralised(line))
              log_log.info(printed);
        };
        return new Promise((resolve2, reject) => {
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
            log_log.info(`Cancelling: ${display}`);
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
                log_log.debug(`Output of "${display}" truncated to ${MAX_STDOUT_BYTES} bytes.`);
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
                resolve2({ command: display, exitCode, stdout, stderr });
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
          log_log.debug(`A process started by "${display}" still holds its output; no longer reading it.`);
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
      function exec_createHostRunner(commandWrapper = DEFAULT_COMMAND_WRAPPER) {
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
        timeouts: defaultTimeouts,
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
      var promises_ = __webpack_require__(1455);
      ;
      function file_operations_fileOperations(runner) {
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
            return { path, handle: await (0, promises_.open)(path, WRITE_NEW, 384) };
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
            stats = await (0, promises_.lstat)(hostPath, { bigint: true });
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
            info.linkTarget = await (0, promises_.readlink)(hostPath);
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
            await (0, promises_.rename)(temporary.path, hostPath);
            log_log.debug(`wrote ${hostPath} by rename (mode ${attributes.mode})`);
          } catch (error) {
            await temporary.handle.close().catch(() => void 0);
            await (0, promises_.unlink)(temporary.path).catch(() => void 0);
            throw error;
          }
        },
        async rename(from, to) {
          await (0, promises_.rename)(from, to);
          log_log.debug(`renamed ${from} to ${to}`);
        },
        async remove(hostPath) {
          try {
            await (0, promises_.unlink)(hostPath);
            log_log.debug(`removed ${hostPath}`);
          } catch (error) {
            if (errorCode(error) !== "ENOENT")
              throw error;
          }
        },
        async makeDirectory(hostPath, mode) {
          const bits = parseMode(mode);
          await (0, promises_.mkdir)(hostPath, { mode: bits & 511 });
          log_log.debug(`made the directory ${hostPath} (mode ${mode})`);
          const handle = await (0, promises_.open)(hostPath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_DIRECTORY | external_node_fs_.constants.O_NOFOLLOW);
          try {
            await handle.chmod(bits);
          } finally {
            await handle.close();
          }
        },
        async makeDirectories(hostPath) {
          await (0, promises_.mkdir)(hostPath, { recursive: true });
        },
        async removeDirectory(hostPath) {
          await (0, promises_.rmdir)(hostPath);
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
          const stats = statSync(device);
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
      function image_path_describePathType(info) {
        if (info.type === "other")
          return `a ${info.special ?? "special file"}`;
        if (info.type === "missing")
          return "missing";
        return `a ${info.type}`;
      }
      function image_path_inspectPath(runner, hostPath) {
        return file_operations_fileOperations(runner).inspect(hostPath);
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
        const root = await image_path_inspectPath(runner, mountPath);
        if (root.type !== "directory") {
          throw new Error(`The image root ${mountPath} is not a directory (${image_path_describePathType(root)}).`);
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
          info = await image_path_inspectPath(runner, hostPath);
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
      async function image_path_resolveEntriesInImage(runner, mountPath, directoryInImage, names, options2 = {}) {
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
          const info = await image_path_inspectPath(runner, hostPath);
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
        return `0${(statSync(source.hostFile).mode & 511).toString(8)}`;
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
        const name = basename(pathInImage2);
        if (name === "" || name === "." || name === "..") {
          throw new Error(`Cannot put ${pathInImage2} into the image: it does not name a file.`);
        }
        const resolved = await resolveEntriesInImage(runner, mountPath, dirname(pathInImage2), [
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
      async function image_file_replaceFileInImage(runner, mountPath, pathInImage2, source, mode) {
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
        const { directory, entries } = await image_path_resolveEntriesInImage(runner, mountPath, (0, external_node_path_.dirname)(backupInImage), [replaced.hostPath, replaced.backupPath, replaced.absentMarkerPath].map((path) => (0, external_node_path_.basename)(path)), { nameInErrors: backupInImage });
        if (directory.hostPath !== (0, external_node_path_.dirname)(replaced.backupPath)) {
          throw new Error(`Not restoring ${pathInImage2}: ${backupInImage} now leads to ${entries[1].pathInImage} in the image (a directory on its way was replaced by a symlink during provisioning); left as it is.`);
        }
        const [current, backup, marker] = entries.map((entry) => entry.info);
        return { current, backup, marker };
      }
      async function restoreFileInImage(runner, replaced) {
        const { mountPath, pathInImage: pathInImage2 } = replaced;
        if ((await image_path_inspectPath(runner, mountPath)).type === "missing")
          return;
        const { current, backup, marker } = await recheckedEntries(runner, replaced);
        if (backup.type === "missing" && marker.type === "missing")
          return;
        if (current.type === "directory") {
          throw new Error(`Not restoring ${pathInImage2}: provisioning made it a directory; the image's own entry is left at ${replaced.backupPath}.`);
        }
        const files = file_operations_fileOperations(runner);
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
        const missing = paths.filter((path) => !existsSync(path));
        if (missing.length > 0) {
          throw new Error(`copy_files: ${missing.join(", ")} not found on this host; remove it from copy_files.`);
        }
        const special = paths.filter((path) => !statSync(path).isFile());
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
          log_log.info(`copy_files: ${file.pathInImage} restored (${file.original === "none" ? "removed" : `the image's own ${file.original}`})`);
        }
      }
      ;
      const copiedFiles = {
        describe: () => "copied-files",
        undo: (resource, { host }) => restoreCopiedFiles(host, resource.undo)
      };
      var external_node_perf_hooks_ = __webpack_require__(643);
      var external_node_http_ = __webpack_require__(7067);
      var external_node_http_default = /* @__PURE__ */ __webpack_require__.n(external_node_http_);
      var external_node_https_ = __webpack_require__(4708);
      var external_node_https_default = /* @__PURE__ */ __webpack_require__.n(external_node_https_);
      ;
      function http_createAgent(url, options2) {
        if (new URL(url).protocol !== "https:")
          return new (external_node_http_default()).Agent({ keepAlive: true });
        return new (external_node_https_default()).Agent({
          keepAlive: true,
          rejectUnauthorized: options2.rejectUnauthorized,
          ...options2.clientCertificate
        });
      }
      class http_HttpTimeoutError extends Error {
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
      function http_send(url, request) {
        const target = new URL(url);
        const transport = target.protocol === "https:" ? external_node_https_default() : external_node_http_default();
        return new Promise((resolve2, reject) => {
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
            response.on("end", () => resolve2({
              status: response.statusCode ?? 0,
              text: Buffer.concat(chunks).toString("utf8")
            }));
          });
          outgoing.setTimeout(request.timeoutMs, () => outgoing.destroy(new http_HttpTimeoutError(request.timeoutMs)));
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
      var external_node_timers_promises_ = __webpack_require__(8500);
      ;
      const realSleep = async (ms, signal) => {
        try {
          await (0, external_node_timers_promises_.setTimeout)(ms, void 0, { signal });
        } catch (error) {
          if (signal?.aborted)
            throw signal.reason;
          throw error;
        }
      };
      const systemClock = () => Date.now();
      function time_formatDuration(ms) {
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
        const elapsed = time_formatDuration(init.elapsedMs);
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
            log_log.warning(`insecure_skip_tls_verify is on: the TLS certificate of ${this.endpoint} is not checked, so the credentials and every reply can be intercepted. Use it only for a test endpoint.`);
          }
          this.#agent = http_createAgent(this.endpoint, {
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
            log_log.debug(`OAPI ${name}: ${failure.summary}; retrying in ${delayMs} ms (attempt ${attempt + 1})`);
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
            const reply = await http_send(url, {
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
            log_log.debug(`OAPI ${name}: ${failure.summary} after ${elapsedSince(started)}`);
            return { ok: false, failure };
          }
          if (status < 200 || status > 299) {
            const failure = failureFromReply(status, text);
            log_log.debug(`OAPI ${name}: ${failure.summary} in ${elapsedSince(started)}`);
            return { ok: false, failure };
          }
          const parsed = parseObject(text);
          if (parsed === void 0)
            return { ok: false, failure: failureFromBadSuccess(status, text) };
          const requestId = parsed.ResponseContext?.RequestId ?? "none";
          log_log.debug(`OAPI ${name}: HTTP ${status} in ${elapsedSince(started)} (request id ${requestId})`);
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
          log_log.warning(`x509_cert_path is set but ${endpoint} is not https: the client certificate is not used.`);
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
          const stats = await (0, promises_.lstat)(file);
          if (!stats.isFile() || stats.size > maxFileBytes)
            return {};
          if (process.getuid && stats.uid !== process.getuid())
            return {};
          return parseSamples(await (0, promises_.readFile)(file, "utf8"));
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
            await (0, promises_.mkdir)(directory, { recursive: true, mode: 448 });
            await (0, promises_.writeFile)(temporary, JSON.stringify({ version: 1, kinds: samples }), {
              mode: 384,
              flag: "wx"
            });
            await (0, promises_.rename)(temporary, this.file);
          } catch {
            await (0, promises_.rm)(temporary, { force: true }).catch(() => void 0);
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
      function waiters_pollPolicyFromEnv(env = process.env) {
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
        const sleep2 = options2.sleep ?? realSleep;
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
            return sleep2(ms, signal);
          const woken = new AbortController();
          void readNow.then(() => woken.abort(), () => void 0);
          try {
            await sleep2(ms, signal ? AbortSignal.any([signal, woken.signal]) : woken.signal);
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
              throw new WaitError(`Stopped waiting for ${what}: it was not found after ${time_formatDuration(elapsedMs)}${seen}. It was deleted, or never existed.`, { reason: "not-found", phase, lastState, elapsedMs });
            }
          } else {
            lastState = options2.state(resource);
            const progress = options2.progress?.(resource);
            options2.onProgress?.({ elapsedMs, state: lastState, progress });
            progressRate.observe(elapsedMs, progress);
            const failure = options2.failed(resource);
            if (failure !== void 0) {
              throw new WaitError(`Stopped waiting for ${what}: ${failure} (state ${lastState}, after ${time_formatDuration(elapsedMs)}).`, { reason: "failed", phase, lastState, elapsedMs });
            }
            if (options2.done(resource)) {
              await durations?.record(options2.learnAs ?? "", { lowMs: notDoneAtMs, highMs: readAtMs });
              return resource;
            }
          }
          notDoneAtMs = readAtMs;
          if (elapsedMs >= timeoutMs) {
            throw new WaitError(`Timed out after ${time_formatDuration(elapsedMs)} waiting for ${what} (last state: ${lastState ?? "not found"}). If this is only slow, raise "${phase}" in the timeouts input (now ${options2.timeoutSeconds} s).`, { reason: "timeout", phase, lastState, elapsedMs });
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
        const sleep2 = options2.sleep ?? realSleep;
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
              error.message += ` Tried ${attempt} time${attempt === 1 ? "" : "s"} in ${time_formatDuration(elapsed)} while ${options2.what}; raise "${options2.phase}" in the timeouts input to wait longer.`;
              throw error;
            }
            log_log.info(`${options2.what}: ${error.code ? `code ${error.code}, ` : ""}trying again in ${time_formatDuration(waitMs)} (${time_formatDuration(elapsed)} so far, up to ${time_formatDuration(options2.timeoutSeconds * 1e3)}).`);
            await sleep2(waitMs, options2.signal);
            waitMs = Math.min(waitMs * 2, maxWaitMs);
          }
        }
      }
      ;
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
      function checked_directory_directoryProblem(directory, owners) {
        const stat = lstatSync(directory, { throwIfNoEntry: false });
        if (!stat)
          return { kind: "missing" };
        if (stat.isSymbolicLink())
          return { kind: "symbolic link" };
        if (!stat.isDirectory())
          return { kind: "not a directory" };
        if ((stat.mode & 18) !== 0) {
          return { kind: "writable by others", mode: (stat.mode & 4095).toString(8).padStart(4, "0") };
        }
        if (!owners.includes(stat.uid))
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
      async function lock_directory_prepareLockDirectory(directory, options2) {
        const uid = options2.uid ?? currentUid();
        if (options2.create && !lstatSync(directory, { throwIfNoEntry: false })) {
          await createLockDirectory(directory, uid, options2);
        }
        checkLockDirectory(directory, uid);
      }
      async function createLockDirectory(directory, uid, options2) {
        if (uid === 0) {
          try {
            mkdirSync(directory, { mode: 493 });
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
      function lock_owner_ownerFileOf(lockDirectory) {
        return (0, external_node_path_.join)(lockDirectory, OWNER_FILE);
      }
      function ownerTemporaryFileOf(lockDirectory, pid = process.pid) {
        return join(lockDirectory, `${OWNER_FILE}.${pid}.tmp`);
      }
      function isOwnerRecordName(name) {
        return name === OWNER_FILE || /^owner\.\d+\.tmp$/.test(name);
      }
      function lock_owner_writeOwnerRecord(lockDirectory, owner) {
        const temporary = ownerTemporaryFileOf(lockDirectory);
        let fd;
        try {
          fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 420);
        } catch (error) {
          const code = error.code;
          throw new Error(`Cannot write the host lock's owner record ${temporary} (${code}): ` + (code === "EEXIST" ? "something is already there (it is never followed nor overwritten); remove it." : error.message), { cause: error });
        }
        try {
          writeSync(fd, JSON.stringify(owner));
        } finally {
          closeSync(fd);
        }
        try {
          renameSync(temporary, lock_owner_ownerFileOf(lockDirectory));
        } catch (error) {
          rmSync(temporary, { force: true });
          throw error;
        }
      }
      function lock_owner_readOwnerRecord(lockDirectory) {
        let fd;
        try {
          fd = (0, external_node_fs_.openSync)(lock_owner_ownerFileOf(lockDirectory), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
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
            if (!fs.existsSync(path))
              return;
            const current = readOwnerRecord(path);
            if (current?.token !== owner.token) {
              log.warning(`The host lock ${path} now belongs to ${describeOwner(current)}: leaving it to that build.`);
              return;
            }
            removeLockDirectory(path);
            return;
          }
          const stat = fs.lstatSync(path);
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
          ...fs,
          mkdir(path, callback) {
            fs.mkdir(path, { mode: 493 }, (error) => {
              if (error)
                return callback(error);
              try {
                writeOwnerRecord(path, owner);
              } catch (writeError) {
                fs.rmdir(path, () => callback(writeError));
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
          await prepareLockDirectory(dirname(path), {
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
          host: hostname(),
          token: randomUUID(),
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
            throw new Error(`Cannot take the host lock ${path}: this process (uid ${uid}) may not write to ${dirname(path)}. Run the action as root, or give that directory to the runner user (\`sudo chown ${uid} ${dirname(path)}\`, mode 0755), or set OSC_CHROOT_LOCK_PATH to a lock path in a directory the runner user owns and only it can write to.`, { cause: error });
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
          watcher = fs.watch(dirname(path), { persistent: false }, stop);
          watcher.on("error", () => void 0);
        } catch {
        }
        try {
          await sleep(ms, void 0, { signal: done.signal }).catch(() => void 0);
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
        if (lock_owner_readOwnerRecord(lock2.path)?.token !== lock2.token)
          return false;
        try {
          removeLockDirectory(lock2.path);
        } catch (error) {
          if (error.code !== "ENOENT")
            throw error;
        }
        log_log.info(`Host lock ${lock2.path} released`);
        return true;
      }
      ;
      function process_start_processStartTicks(pid) {
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
      const ownStartTicks = process_start_processStartTicks(process.pid);
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
          mkdirSync(directory, { recursive: true, mode: 493 });
          try {
            writeFileSync(temporary, JSON.stringify(entry), { mode: 420 });
            renameSync(temporary, path);
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
          const entry = JSON.parse(readFileSync(path, "utf8"));
          return typeof entry.pid === "number" && typeof entry.sizeGiB === "number" ? entry : void 0;
        } catch {
          return void 0;
        }
      }
      function otherLinks(volumeId, directory = linkLedgerDirectory()) {
        let names;
        try {
          names = readdirSync(directory);
        } catch {
          return [];
        }
        return names.filter((name) => name.endsWith(".json") && name !== `${volumeId}.json`).map((name) => readEntry(join(directory, name))).filter((entry) => entry !== void 0 && entryIsLive(entry));
      }
      function namesClaimedByOtherBuilds(volumeId, directory = linkLedgerDirectory()) {
        return otherLinks(volumeId, directory).map((entry) => entry.deviceName).filter((name) => typeof name === "string");
      }
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
      const context_buildIdTag = "osc-chroot:build-id";
      const createdAtTag = "osc-chroot:created-at";
      function buildTags(context) {
        return { [context_buildIdTag]: context.buildId, [createdAtTag]: context.startedAt };
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
      function tags_tagValue(tags, key) {
        return tags?.find((tag) => tag.Key === key)?.Value;
      }
      function candidate(kind, id2, tags) {
        const buildId = tags_tagValue(tags, context_buildIdTag) ?? "";
        return { kind, id: id2, buildId, createdAt: tags_tagValue(tags, createdAtTag) ?? "" };
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
        log_log.info(`Volume ${volumeId} is still being created; waiting to delete it...`);
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
          buildId: identity_buildIdOfClientToken(volume2.ClientToken) ?? "",
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
                  policy: waiters_pollPolicyFromEnv(),
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
          log_log.info(`UnlinkVolume of ${volumeId} was refused while snapshot ${busy.map((s) => s.SnapshotId).join(", ")} is in progress (${error.message}): unlinking once it has ended.`);
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
          log_log.warning(`Not unlinking volume ${resource.volumeId}: this build's journal has no record of creating it.`);
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
          await (0, external_node_timers_promises_.setTimeout)(100);
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
          log_log.info(`Stopping ${inChroot.length} process(es) left running in the chroot:`);
          for (const user of inChroot)
            log_log.info(`  ${describeProcess(user)}`);
          const stubborn = await signalAndWait(runner, inChroot, "TERM", TERM_GRACE_MS);
          if (stubborn.length > 0) {
            log_log.info(`Killing what did not stop on SIGTERM: ${stubborn.map((p) => p.pid).join(", ")}`);
            await signalAndWait(runner, stubborn, "KILL", processes_KILL_GRACE_MS);
          }
          stopped.push(...inChroot.filter((p) => !isRunning(p.pid)));
          users = await usersOf(runner, mountPath, options2.rootDevice);
        }
        const chrooted = new Set(users.rooted.map((user) => user.pid));
        for (const user of users.all) {
          const why = !chrooted.has(user.pid) ? user.uses.includes("root") ? `its root is not on the build's file system (${options2.rootDevice}), so osc-chroot does not stop it` : "it runs on the host, not in the chroot, so osc-chroot does not stop it" : options2.kill ? "it did not stop" : "kill_chroot_processes is false";
          log_log.warning(`Still using ${mountPath}: ${describeProcess(user)}; ${why}. It may block the unmount.`);
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
          await file_operations_fileOperations(runner).removeDirectory(root);
        } catch (error) {
          log_log.warning(`Mount directory ${root} left in place: ${error instanceof Error ? error.message : error}`);
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
            log_log.info(`Unmounted ${mount2.mountPoint}`);
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
          log_log.info(`${busy.join(", ")} busy; retrying in ${(delayMs / 1e3).toFixed(1)} s`);
          await (0, external_node_timers_promises_.setTimeout)(Math.min(delayMs, busyTimeoutMs - elapsedMs), void 0, { signal: options2.signal });
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
          log_log.warning(`${mountPath} holds ${proof.description}, not the mount this build made${resource.majorMinor ? ` (device ${resource.majorMinor})` : ""}: left alone, nothing stopped or unmounted.`);
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
          log_log.warning("kill_chroot_processes is false: processes left in the chroot may keep the volume busy.");
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
        mkdirSync(dir, { recursive: true, mode: 493 });
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
        const name = createHash("sha256").update(mountPath).digest("hex").slice(0, 32);
        const claim = {
          file: join(dir, `${name}.json`),
          mountPath,
          buildId,
          pid,
          startTime: startTimeOf(pid) ?? ""
        };
        const written = join(dir, `.${name}.${randomUUID()}.tmp`);
        writeFileSync(written, JSON.stringify(claim), { mode: 420, flag: "wx" });
        try {
          for (let attempt = 0; attempt < 2; attempt++) {
            try {
              linkSync(written, claim.file);
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
            rmSync(claim.file, { force: true });
          }
          throw new Error(`mount_path ${mountPath}: could not claim it in ${dir}; try again.`);
        } finally {
          rmSync(written, { force: true });
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
      const POLICY_RC_D = (
        /* unused pure expression or super */
        null
      );
      async function installPolicyRcd(runner, mountPath) {
        const replaced = await replaceFileInImage(runner, mountPath, POLICY_RC_D_PATH, { content: POLICY_RC_D }, "0755");
        log.info(`prevent_service_start: ${POLICY_RC_D_PATH} installed (exits 101)`);
        return replaced;
      }
      async function removePolicyRcd(runner, installed) {
        await restoreFileInImage(runner, installed);
        log_log.info(`prevent_service_start: ${POLICY_RC_D_PATH} ${installed.original === "none" ? "removed" : "restored"}`);
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
          const temporary = tags.filter((tag) => tag.Key === context_buildIdTag || tag.Key === createdAtTag);
          if (temporary.length > 0) {
            await persist(() => client.deleteTags({ ResourceIds: [snapshotId], Tags: temporary }), options2);
          }
        } catch (error) {
          log_log.warning(`Snapshot ${snapshotId} of OMI ${imageId} is kept, but could not be marked as a product (${error instanceof Error ? error.message : String(error)}). Remove its ${context_buildIdTag} tag by hand, or cleanup_orphans may delete it once the OMI is deregistered.`);
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
        if (tags_tagValue(snapshot2.Tags, productTag) !== void 0)
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
          const tagged = image.Tags?.find((tag) => tag.Key === context_buildIdTag)?.Value;
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
                const tags = { [context_buildIdTag]: orphan.buildId, [createdAtTag]: orphan.createdAt };
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
      function resources_undoResource(resource, means, journal) {
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
          log_log.warning(`Could not read OMI ${entry.resource.imageId ?? entry.resource.imageName} to decide whether to keep it (${error instanceof Error ? error.message : String(error)}).`);
          return { keep: entry.resource.imageId !== void 0 };
        }
      }
      async function cleanUp(journal, means, outcome, seenAvailable) {
        const problems = [];
        const registered = await registeredImage(journal, means, seenAvailable);
        const image = registered.image;
        const keepProducts = outcome === "succeeded" || registered.keep;
        if (image && outcome !== "succeeded") {
          log_log.warning(`The build ${outcome} after registering OMI ${image.ImageId} "${image.ImageName}": it is kept, with its snapshot.`);
        }
        for (const entry of journal.active()) {
          if (keepProducts && isProduct(entry.resource)) {
            journal.mark(entry, "kept");
            if (image)
              await keepProduct(entry.resource, image, means);
            continue;
          }
          try {
            await resources_undoResource(entry.resource, means, journal);
            journal.mark(entry, "undone");
            log_log.info(`Cleaned up ${undo_describe(entry)}`);
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
      function pollPolicy() {
        try {
          return waiters_pollPolicyFromEnv();
        } catch {
          return adaptivePolling;
        }
      }
      async function run() {
        try {
          const journalPath = savedJournalPath();
          const journal = journalPath ? Journal.open(journalPath) : void 0;
          if (!journal || journal.active().length === 0) {
            lib_core.pq("Nothing to clean up: the main step finished its own cleanup.");
            return;
          }
          lib_core.$e(`Build ${journal.buildId} left resources behind (the main step was stopped or its cleanup failed): cleaning up.`);
          const settings = cleanupSettingsFrom(journal.cleanup);
          const credentials = readCleanupCredentials(actionConfigSources(), {
            accessKey: settings.accessKey,
            profile: settings.profile
          });
          if (credentials) {
            lib_core.pq(`Credentials for the cleanup: access key ${credentials.accessKey} (${credentials.origin}).`);
          } else {
            lib_core.pq("No credentials found (inputs, config_file, OSC_ACCESS_KEY/OSC_SECRET_KEY, profile): what is on this machine is cleaned up, the API resources cannot be.");
          }
          const client = createOapiClient({
            credentials: credentials ?? { accessKey: "", secretKey: "" },
            insecureSkipTlsVerify: settings.insecureSkipTlsVerify,
            clientCertificate: settings.clientCertificate
          }, { endpoint: journal.endpoint, region: journal.region });
          try {
            const means = {
              client,
              host: exec_createHostRunner(settings.commandWrapper),
              config: settings,
              poll: pollPolicy()
            };
            await lib_core.Os("Cleaning up after the main step", () => cleanUp(journal, means, "cancelled"));
            lib_core.pq("Everything the build created has been removed.");
          } finally {
            await client.close();
          }
        } catch (error) {
          lib_core.$e(`Cleanup failed: ${error instanceof Error ? error.message : String(error)}
Nothing will try again: once the cause is fixed, remove what is listed by hand (unmount the mount path, unlink and delete the volume, delete the snapshot or OMI).`);
        }
      }
    })
  )
};
