export const id = 957;
export const ids = [957];
export const modules = {

/***/ 4079:
/***/ ((module) => {

function webpackEmptyContext(req) {
	var e = new Error("Cannot find module '" + req + "'");
	e.code = 'MODULE_NOT_FOUND';
	throw e;
}
webpackEmptyContext.keys = () => ([]);
webpackEmptyContext.resolve = webpackEmptyContext;
webpackEmptyContext.id = 4079;
module.exports = webpackEmptyContext;

/***/ }),

/***/ 9235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: fail, writeBuildSummary, writeSweepSummary

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./node_modules/handlebars/lib/index.js
var lib = __webpack_require__(8508);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/template.ts
/**
 * Templates in option values, as Packer users write them.
 *
 * Handlebars does the work. Packer's Go-template spellings are translated first, so both
 * `{{.Device}}` and `{{Device}}` work, and so do pipes (`{{timestamp | clean_resource_name}}`) and
 * Go's back-quoted strings (`{{isotime `2006-01-02`}}`).
 *
 * Every variable and function a template names is checked against what exists for that field
 * before anything is rendered, so a typo is an error naming the field and the variables available
 * there, never a silent empty string (Handlebars' strict mode alone does not check the arguments
 * of functions).
 */


/** Unix seconds of this build's start: every {{timestamp}} of one build renders the same. */
const buildStartedAt = new Date();
/** When this build started: HCL2's timestamp() gives the same instant as {{timestamp}}. */
function buildStartTime() {
    return buildStartedAt;
}
/**
 * Packer's clean_resource_name, narrowed to what OAPI accepts in an image name: anything but
 * letters, digits, space and ( ) / . - _ becomes '-'. (Packer also keeps [ ] ' @, which
 * CreateImage rejects.)
 */
function cleanResourceName(name) {
    return name.replace(/[^a-zA-Z0-9 ()/._-]/g, '-');
}
/** Go reference-time layout tokens (Packer's isotime format) → formatted parts, longest first. */
const goLayout = [
    ['2006', (d) => String(d.getUTCFullYear())],
    ['January', (d) => d.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })],
    ['Monday', (d) => d.toLocaleString('en-US', { weekday: 'long', timeZone: 'UTC' })],
    ['Z07:00', () => 'Z'],
    ['Z0700', () => 'Z'],
    ['-07:00', () => '+00:00'],
    ['-0700', () => '+0000'],
    ['.000', (d) => '.' + pad(d.getUTCMilliseconds(), 3)],
    ['Jan', (d) => d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })],
    ['Mon', (d) => d.toLocaleString('en-US', { weekday: 'short', timeZone: 'UTC' })],
    ['MST', () => 'UTC'],
    ['002', (d) => pad(dayOfYear(d), 3)],
    ['06', (d) => pad(d.getUTCFullYear() % 100, 2)],
    ['01', (d) => pad(d.getUTCMonth() + 1, 2)],
    ['02', (d) => pad(d.getUTCDate(), 2)],
    ['_2', (d) => String(d.getUTCDate()).padStart(2, ' ')],
    ['15', (d) => pad(d.getUTCHours(), 2)],
    ['03', (d) => pad(d.getUTCHours() % 12 || 12, 2)],
    ['04', (d) => pad(d.getUTCMinutes(), 2)],
    ['05', (d) => pad(d.getUTCSeconds(), 2)],
    ['PM', (d) => (d.getUTCHours() < 12 ? 'AM' : 'PM')],
    ['pm', (d) => (d.getUTCHours() < 12 ? 'am' : 'pm')],
    // Go's unpadded forms come last so that the padded ones above win.
    ['1', (d) => String(d.getUTCMonth() + 1)],
    ['2', (d) => String(d.getUTCDate())],
    ['3', (d) => String(d.getUTCHours() % 12 || 12)],
    ['4', (d) => String(d.getUTCMinutes())],
    ['5', (d) => String(d.getUTCSeconds())]
];
function pad(n, width) {
    return String(n).padStart(width, '0');
}
function dayOfYear(d) {
    return Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
}
/** Formats a date with a Go layout ("2006-01-02T15:04:05Z07:00" is RFC 3339, Packer's default). */
function formatGoTime(date, layout = '2006-01-02T15:04:05Z07:00') {
    let out = '';
    let rest = layout;
    while (rest.length > 0) {
        const token = goLayout.find(([t]) => rest.startsWith(t));
        if (token) {
            out += token[1](date);
            rest = rest.slice(token[0].length);
        }
        else {
            out += rest[0];
            rest = rest.slice(1);
        }
    }
    return out;
}
/** Packer's build_name and build_type: the template's builder, else this action's own type. */
let buildIdentity = { name: 'osc-chroot', type: 'osc-chroot' };
/** Sets what build_name and build_type render (the template's builder); none = the defaults. */
function useBuildIdentity(builder) {
    buildIdentity = builder ?? { name: 'osc-chroot', type: 'osc-chroot' };
}
/** Go's strings.Replace: the first n instances of old (all of them when n < 0). */
function goReplace(text, old, replacement, n) {
    const limit = n < 0 ? Infinity : n;
    if (old === '') {
        // Go matches an empty old before every character and at the end.
        const characters = [...text];
        let out = '';
        for (let i = 0; i <= characters.length; i++) {
            out += (i < limit ? replacement : '') + (characters[i] ?? '');
        }
        return out;
    }
    const parts = text.split(old);
    let out = parts[0];
    for (let i = 1; i < parts.length; i++)
        out += (i <= limit ? replacement : old) + parts[i];
    return out;
}
/**
 * A Go template function with a fixed signature ('s' string, 'n' integer), as Packer declares
 * it: a wrong call is an error naming the function, never a silent "undefined".
 */
function goFunction(name, signature, kinds, body) {
    return (...args) => {
        const given = args.slice(0, -1); // Handlebars adds its options object last.
        const fits = given.length === kinds.length &&
            given.every((arg, i) => kinds[i] === 'n'
                ? Number.isInteger(arg)
                : typeof arg === 'string' || typeof arg === 'number');
        if (!fits) {
            throw new Error(`${name} takes ${signature}; got ${JSON.stringify(given)}`);
        }
        return body(...given.map((arg, i) => (kinds[i] === 's' ? String(arg) : arg)));
    };
}
const handlebars = lib_default().create();
const helpers = {
    timestamp: () => String(Math.floor(buildStartedAt.getTime() / 1000)),
    isotime: (...args) => formatGoTime(buildStartedAt, typeof args[0] === 'string' ? args[0] : undefined),
    uuid: () => (0,external_node_crypto_.randomUUID)(),
    clean_resource_name: (value) => cleanResourceName(String(value)),
    clean_omi_name: (value) => cleanResourceName(String(value)),
    // Packer's own, with its signatures (packer-plugin-sdk template/interpolate/funcs.go).
    lower: goFunction('lower', '(string)', ['s'], (text) => text.toLowerCase()),
    upper: goFunction('upper', '(string)', ['s'], (text) => text.toUpperCase()),
    replace: goFunction('replace', '(old, new, n, string): the first n instances of old, all when n is -1', ['s', 's', 'n', 's'], (old, replacement, n, text) => goReplace(text, old, replacement, n)),
    replace_all: goFunction('replace_all', '(old, new, string)', ['s', 's', 's'], (old, replacement, text) => goReplace(text, old, replacement, -1)),
    split: goFunction('split', '(string, separator, index): the index-th part, from 0', ['s', 's', 'n'], (text, separator, index) => {
        const parts = separator === '' ? [...text] : text.split(separator);
        if (index < 0 || index >= parts.length) {
            throw new Error(`split: the substring ${index} was unavailable using the separator value, ` +
                `${separator}, only ${parts.length} values were found`);
        }
        return parts[index];
    }),
    build_name: goFunction('build_name', '()', [], () => buildIdentity.name),
    build_type: goFunction('build_type', '()', [], () => buildIdentity.type)
};
handlebars.registerHelper(helpers);
/** Names of the functions a template can call (for error messages and docs/configuration.md). */
const templateFunctions = Object.keys(helpers);
/**
 * The variables each option rendered at run time can use (Packer's "build template data", plus
 * omi_description, which Packer never rendered, and provision_host_commands):
 * https://github.com/outscale/packer-plugin-outscale/blob/0634bed5640b7e292b7b824dd5e46e67285d1853/docs/builders/chroot.mdx#build-template-data
 * SourceOMI, SourceOMIName and SourceOMITags exist only when the build has a source OMI, i.e. not
 * with from_scratch. omi_name is rendered when the configuration is read, before any of these
 * exist.
 */
const templateVariables = {
    omi_name: [],
    command_wrapper: ['Command'],
    mount_path: ['Device'],
    pre_mount_commands: ['Device'],
    post_mount_commands: ['Device', 'MountPath'],
    provision_host_commands: ['Device', 'MountPath'],
    omi_description: ['BuildRegion', 'SourceOMI', 'SourceOMIName', 'SourceOMITags'],
    tags: ['BuildRegion', 'SourceOMI', 'SourceOMIName', 'SourceOMITags'],
    snapshot_tags: ['BuildRegion', 'SourceOMI', 'SourceOMIName', 'SourceOMITags'],
    root_volume_tags: ['BuildRegion', 'SourceOMI', 'SourceOMIName', 'SourceOMITags']
};
/** The variables that come from the source OMI, absent when building from scratch. */
const sourceOmiVariables = ['SourceOMI', 'SourceOMIName', 'SourceOMITags'];
/**
 * Rewrites Packer's Go-template forms into Handlebars: `{{ .Device }}` → `{{Device}}`,
 * `{{ x | f | g }}` → `{{g (f x)}}` (with `(x)` when x is a function call), and `` `text` `` →
 * `"text"`.
 */
function toHandlebars(template) {
    return template.replace(/\{\{(-?)([^{}]*?)(-?)\}\}/g, (_match, open, body, close) => {
        const expr = body
            .trim()
            .replace(/`([^`]*)`/g, (_quoted, text) => JSON.stringify(text))
            .replace(/(^|[\s(])\.(?=[A-Za-z_])/g, '$1');
        const [first, ...functions] = expr.split('|').map((part) => part.trim());
        const head = first.split(/\s+/)[0];
        let piped = first;
        functions.forEach((fn, index) => {
            const isCall = index > 0 || head in helpers;
            piped = `${fn} ${isCall ? `(${piped})` : piped}`;
        });
        return `{{${open ? '~' : ''}${piped}${close ? '~' : ''}}}`;
    });
}
/** Walks a parsed template and lists the variables and functions it names. */
class ReferenceCollector extends (lib_default()).Visitor {
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
        // `this`, `.` and @data paths have no parts to check.
        if (!path.data && path.parts.length > 0)
            this.found.variables.push(path.parts.join('.'));
    }
    /** `{{name}}` is a function call when name is a function or has arguments; else a variable. */
    callOrLookup(node) {
        const path = node.path;
        if (isPath(path) && (path.original in helpers || node.params.length > 0)) {
            this.found.functions.push(path.original);
        }
        else {
            this.accept(path);
        }
        this.acceptArray(node.params);
        if (node.hash)
            this.accept(node.hash);
    }
}
function isPath(node) {
    return node.type === 'PathExpression';
}
/** Lists the variables a user can write there, e.g. {{.Device}}, {{.SourceOMITags.<key>}}. */
function describeVars(vars) {
    const names = Object.entries(vars).map(([key, value]) => value !== null && typeof value === 'object' ? `{{.${key}.<key>}}` : `{{.${key}}}`);
    return names.join(', ') || 'none';
}
/** Placeholder values standing for the variables, to check a template before they exist. */
function placeholders(variables) {
    return Object.fromEntries(variables.map((name) => [name, name === 'SourceOMITags' ? {} : `<${name}>`]));
}
/** Parses a template and checks that it only names functions and variables that exist. */
function compileChecked(template, vars, field) {
    let program;
    try {
        program = lib_default().parse(toHandlebars(template));
    }
    catch (error) {
        // Handlebars puts the position on the first line and what it expected on the last.
        const lines = error instanceof Error ? error.message.split('\n') : [String(error)];
        const reason = lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : lines[0];
        throw new Error(`${field}: cannot read template ${JSON.stringify(template)}: ${reason}`, {
            cause: error
        });
    }
    const collector = new ReferenceCollector();
    collector.accept(program);
    const unknownFunction = collector.found.functions.find((name) => !(name in helpers));
    if (unknownFunction !== undefined) {
        throw new Error(`${field}: unknown template function "${unknownFunction}" in ${JSON.stringify(template)}. ` +
            `Functions: ${templateFunctions.join(', ')}.`);
    }
    const unknownVariable = collector.found.variables.find((path) => !(path.split('.')[0] in vars));
    if (unknownVariable !== undefined) {
        throw new Error(`${field}: unknown template variable "${unknownVariable}" in ${JSON.stringify(template)}. ` +
            `Variables available in ${field}: ${describeVars(vars)}; functions: ${templateFunctions.join(', ')}.`);
    }
    return program;
}
/**
 * Checks a template before its variables have values: syntax, function names, and that it only
 * uses the named variables. Throws the same errors render() would.
 */
function checkTemplate(template, variables, field) {
    if (template.includes('{{'))
        compileChecked(template, placeholders(variables), field);
}
/**
 * Renders one option value. `field` names the option in errors; `vars` are the variables that
 * exist for that field at that moment.
 */
function render(template, vars, field) {
    if (!template.includes('{{'))
        return template;
    const program = compileChecked(template, vars, field);
    try {
        return handlebars.compile(program, { strict: true, noEscape: true })(vars);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        // Top-level names were checked above, so a missing name here is a key of a map variable.
        const missing = /"([^"]+)" not defined/.exec(reason);
        if (missing) {
            throw new Error(`${field}: ${JSON.stringify(template)} uses the key "${missing[1]}" of a map that has ` +
                `no such key in this build (e.g. a tag the source OMI does not carry).`, { cause: error });
        }
        throw new Error(`${field}: cannot render template ${JSON.stringify(template)}: ${reason}`, {
            cause: error
        });
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/config/defaults.ts
/**
 * Packer's defaults, ours where Packer has none, and the one function that fills them into a
 * BuildConfig. Packer's are set in its Prepare:
 * https://github.com/outscale/packer-plugin-outscale/blob/35975cea494085e64650ad8bf3d23aa54a7729fc/builder/chroot/builder.go
 */

/** Ours: Packer's base was /mnt/packer-outscale-chroot-volumes. */
const defaultMountPath = '/mnt/osc-chroot/{{.Device}}';
/**
 * Used when chroot_mounts is absent or empty (as in Packer). Packer bound the host's /dev and
 * mounted binfmt_misc; ours is a private /dev (standard nodes, its own devpts and shm, the build's
 * own disk: src/host/private-dev.ts), and proc and sysfs are mounted read-only.
 */
const defaultChrootMounts = [
    { fstype: 'proc', source: 'proc', target: '/proc' },
    { fstype: 'sysfs', source: 'sysfs', target: '/sys' },
    { fstype: 'private-dev', source: 'osc-chroot', target: '/dev' }
];
/** Copied into the image unless from_scratch (then nothing), as in Packer. */
const defaultCopyFiles = ['/etc/resolv.conf'];
/** Seconds per phase. Packer waits forever; these are generous but finite. */
const defaults_defaultTimeouts = {
    volume: 10 * 60,
    link: 10 * 60,
    device: 5 * 60,
    snapshot: 2 * 60 * 60,
    omi: 60 * 60
};
/**
 * root_volume_size, or with a source the root entry's volume_size of omi_block_device_mappings
 * when that is larger: the volume is made that big, so that its file system can grow to it.
 */
function rootVolumeSize(v, fromScratch) {
    const size = v.root_volume_size ?? 0;
    if (fromScratch)
        return size;
    const root = v.omi_block_device_mappings?.find((m) => m.deviceName === '/dev/sda1');
    return Math.max(size, root?.volumeSize ?? 0);
}
/** x509_cert_path and x509_key_path, relative ones from the workspace; validate.ts checks the pair. */
function clientCertificate(v, workspace) {
    if (v.x509_cert_path === undefined && v.x509_key_path === undefined)
        return undefined;
    return {
        certPath: v.x509_cert_path ? (0,external_node_path_.resolve)(workspace, v.x509_cert_path) : '',
        keyPath: v.x509_key_path ? (0,external_node_path_.resolve)(workspace, v.x509_key_path) : ''
    };
}
/** Fills in every option that was not set. `workspace` anchors relative provisioning paths. */
function toBuildConfig(values, workspace) {
    const v = values;
    const fromScratch = v.from_scratch ?? false;
    const virtualizationType = v.omi_virtualization_type ?? 'hvm';
    return {
        credentials: { accessKey: v.access_key ?? '', secretKey: v.secret_key ?? '' },
        region: v.region ?? '',
        profile: v.profile ?? '',
        customEndpointOapi: v.custom_endpoint_oapi ?? '',
        insecureSkipTlsVerify: v.insecure_skip_tls_verify ?? false,
        skipRegionValidation: v.skip_region_validation ?? false,
        clientCertificate: clientCertificate(v, workspace),
        sourceOmi: v.source_omi ?? '',
        sourceOmiFilter: v.source_omi_filter,
        fromScratch,
        rootVolumeSize: rootVolumeSize(v, fromScratch),
        rootVolumeType: v.root_volume_type ?? '',
        rootVolumeIops: v.root_volume_iops ?? 0,
        rootVolumeTags: v.root_volume_tags ?? {},
        growRootFilesystem: v.grow_root_filesystem ?? true,
        devicePath: v.device_path ?? '',
        nvmeDevicePath: v.nvme_device_path ?? '',
        mountPath: v.mount_path ?? defaultMountPath,
        // Packer appended the partition only for HVM: a paravirtual image is the whole device.
        mountPartition: virtualizationType === 'paravirtual' ? '0' : (v.mount_partition ?? '1'),
        mountOptions: v.mount_options ?? [],
        preMountCommands: v.pre_mount_commands ?? [],
        postMountCommands: v.post_mount_commands ?? [],
        chrootMounts: v.chroot_mounts?.length ? v.chroot_mounts : defaultChrootMounts,
        copyFiles: v.copy_files ?? (fromScratch ? [] : defaultCopyFiles),
        commandWrapper: v.command_wrapper ?? '{{.Command}}',
        omiName: v.omi_name ?? '',
        omiDescription: v.omi_description ?? '',
        omiVirtualizationType: virtualizationType,
        omiAccountIds: v.omi_account_ids ?? [],
        globalPermission: v.global_permission ?? false,
        snapshotAccountIds: v.snapshot_account_ids ?? [],
        snapshotGroups: v.snapshot_groups ?? [],
        omiBootModes: v.omi_boot_modes ?? [],
        tpmMandatory: v.tpm_mandatory,
        productCodes: v.product_codes ?? [],
        rootDeviceName: v.root_device_name ?? '',
        omiBlockDeviceMappings: v.omi_block_device_mappings ?? [],
        forceDeregister: v.force_deregister ?? false,
        forceDeleteSnapshot: v.force_delete_snapshot ?? false,
        tags: v.tags ?? {},
        snapshotTags: v.snapshot_tags ?? {},
        provision: v.provision ?? '',
        provisionShell: v.provision_shell ?? '/bin/sh -e',
        provisionScripts: (v.provision_scripts ?? []).map((path) => (0,external_node_path_.resolve)(workspace, path)),
        provisionFiles: (v.provision_files ?? []).map((file) => file.direction === 'download'
            ? { ...file, destination: (0,external_node_path_.resolve)(workspace, file.destination) }
            : // A trailing / on a directory means "its contents" (Packer's rule): kept.
                {
                    ...file,
                    source: (0,external_node_path_.resolve)(workspace, file.source) + (file.source.endsWith('/') ? '/' : '')
                }),
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

;// CONCATENATED MODULE: ./src/log.ts
/**
 * The one door to the log. Modules below main.ts/post.ts log through here so they stay plain,
 * testable functions; @actions/core is imported nowhere else.
 *
 * In a GitHub runner, lines go through @actions/core (groups, annotations, masking). The CLI
 * switches to plain terminal output on stderr: there, `::add-mask::<secret>` would print the
 * secret itself, since no runner is reading the workflow commands.
 */

let terminal = false;
/** Plain lines on stderr instead of workflow commands (the CLI). Debug lines need OSC_CHROOT_DEBUG=1. */
function useTerminalOutput() {
    terminal = true;
}
function print(line) {
    process.stderr.write(`${line}\n`);
}
const log = {
    debug: (message) => {
        if (!terminal)
            lib_core/* debug */.Yz(message);
        else if (process.env.OSC_CHROOT_DEBUG)
            print(`debug: ${message}`);
    },
    info: (message) => (terminal ? print(message) : lib_core/* info */.pq(message)),
    warning: (message) => terminal ? print(`warning: ${message}`) : lib_core/* warning */.$e(message),
    notice: (message) => terminal ? print(`notice: ${message}`) : lib_core/* notice */.lm(message),
    /** Runs fn inside a collapsible log group (a heading line on a terminal). */
    group: (name, fn) => {
        if (!terminal)
            return lib_core/* group */.Os(name, fn);
        print(`\n== ${name}`);
        return fn();
    },
    /** Masks a value in every later log line of the runner. A terminal has no masking: never print it. */
    secret: (value) => {
        if (!terminal)
            lib_core/* setSecret */.Pq(value);
    }
};

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/config/parse.ts
/**
 * From raw option values to typed ones.
 *
 * A raw value is what a source holds: a string (an action input, an environment variable, a YAML
 * scalar) or, from a config file, a list or a map of them (and numbers or booleans, from a Packer
 * JSON template). YAML is always read with the failsafe schema, so every scalar stays a string
 * until its parser decides: an account id like 012345678901 keeps its leading zero and a tag
 * value like 1.10 stays "1.10".
 *
 * A parser returns the typed value, or reports a problem that names the key, shows the value and
 * says what is allowed. Parsers never throw for bad user input.
 */


/** Where a value sits (its key, and the source it came from) and where to report about it. */
class ValueContext {
    key;
    findings;
    origin;
    constructor(
    /** The key as the user wrote it, with the path inside it: `timeouts.volume`, `tags`. */
    key, findings, 
    /** The source when it is not an action input, e.g. `config_file build.yml` or `OSC_REGION`. */
    origin = 'input') {
        this.key = key;
        this.findings = findings;
        this.origin = origin;
    }
    /** Records a problem with this value; returns undefined so a parser can `return at.problem()`. */
    problem(message) {
        this.findings.problems.push(`${this.key}: ${message}${this.whereFrom()}`);
        return undefined;
    }
    warning(message) {
        this.findings.warnings.push(`${this.key}: ${message}${this.whereFrom()}`);
    }
    /** The context of a key or list index inside this value. */
    child(name) {
        const key = typeof name === 'number' ? `${this.key}[${name}]` : `${this.key}.${name}`;
        return new ValueContext(key, this.findings, this.origin);
    }
    whereFrom() {
        return this.origin === 'input' ? '' : ` (from ${this.origin})`;
    }
}
/** A value as shown in messages: quoted, and cut short so a long script does not flood the log. */
function show(value) {
    if (typeof value === 'string' && value.length > 80)
        return JSON.stringify(`${value.slice(0, 77)}...`);
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function isMap(raw) {
    return raw !== null && typeof raw === 'object' && !Array.isArray(raw);
}
function shapeOf(raw) {
    if (Array.isArray(raw))
        return 'a list';
    if (isMap(raw))
        return 'a map';
    return show(raw);
}
/** `; did you mean "x"?` when a known word is close enough to be the intended one, else ''. */
function didYouMean(word, known) {
    if (known.length === 0)
        return '';
    const best = (0,mod/* closest */.kp)(word, [...known]);
    return (0,mod/* distance */.Io)(word, best) <= Math.max(2, Math.floor(word.length / 3))
        ? `; did you mean "${best}"?`
        : '';
}
/** Parses YAML the way every source is read (see the file comment); throws YAML's error. */
function parseYaml(text) {
    // logLevel: YAML would otherwise print a warning of its own for {{...}} used as a key.
    return dist.parse(text, { schema: 'failsafe', logLevel: 'error' });
}
/** YAML reads an unquoted {{...}} or [...] as a map or a list: the usual cause of a shape error. */
const yamlQuotingHint = ' (in YAML, quote a value that starts with { or [, e.g. Name: "{{.SourceOMIName}}")';
/** One value (not a list or a map). */
const parse_text = (raw, at) => {
    if (typeof raw === 'string')
        return raw;
    if (typeof raw === 'number' || typeof raw === 'boolean')
        return String(raw);
    const hint = isMap(raw) || Array.isArray(raw) ? yamlQuotingHint : '';
    return at.problem(`expected a single value, got ${shapeOf(raw)}${hint}`);
};
/** true or false, and nothing else (no yes/no/1/0), in the spellings YAML 1.2 allows. */
const parse_boolean = (raw, at) => {
    if (typeof raw === 'boolean')
        return raw;
    if (typeof raw === 'string' && /^(true|True|TRUE)$/.test(raw))
        return true;
    if (typeof raw === 'string' && /^(false|False|FALSE)$/.test(raw))
        return false;
    return at.problem(`${show(raw)} is not a boolean; write true or false`);
};
/** A whole number from min to max (inclusive). */
function integer(min, max) {
    const allowed = max === undefined ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`;
    return (raw, at) => {
        let value = Number.NaN;
        if (typeof raw === 'number')
            value = raw;
        if (typeof raw === 'string' && /^-?[0-9]+$/.test(raw.trim()))
            value = Number(raw);
        if (!Number.isInteger(value))
            return at.problem(`${show(raw)} is not ${allowed}`);
        if (value < min || (max !== undefined && value > max)) {
            return at.problem(`${show(raw)} is out of range; expected ${allowed}`);
        }
        return value;
    };
}
/** One of a fixed set of words. */
function oneOf(...allowed) {
    const choices = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed[0];
    return (raw, at) => {
        const value = parse_text(raw, at);
        if (value === undefined)
            return undefined;
        if (allowed.includes(value))
            return value;
        return at.problem(`${show(value)} is not allowed; use ${choices}`);
    };
}
/** A value matching a pattern; `expected` says in words what is allowed. */
function matching(pattern, expected) {
    return (raw, at) => {
        const value = parse_text(raw, at);
        if (value === undefined || pattern.test(value))
            return value;
        return at.problem(`${show(value)} is not ${expected}`);
    };
}
/**
 * A list: one item per line in an input (blank lines ignored; `[]` alone is an explicit empty
 * list), or a YAML list in a config file.
 */
function lines(item) {
    return (raw, at) => {
        let items;
        if (Array.isArray(raw)) {
            items = raw;
        }
        else if (typeof raw === 'string') {
            items = raw.trim() === '[]' ? [] : raw.split(/\r?\n/).map((line) => line.trim());
            items = items.filter((line) => line !== '');
        }
        else {
            return at.problem(`expected one value per line or a YAML list, got ${shapeOf(raw)}`);
        }
        const parsed = items.map((value, index) => item(value, at.child(index)));
        return parsed.every((value) => value !== undefined) ? parsed : undefined;
    };
}
/** A structured value: YAML (or JSON) text in an input, already a list or map in a config file. */
function yamlValue(parser) {
    return (raw, at) => {
        if (typeof raw !== 'string')
            return parser(raw, at);
        let parsed;
        try {
            parsed = parseYaml(raw);
        }
        catch (error) {
            const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
            return at.problem(`is not valid YAML: ${reason}`);
        }
        return parser(parsed, at);
    };
}
/** A YAML map of names to single values, such as tags. */
const stringMap = yamlValue((raw, at) => {
    if (!isMap(raw))
        return at.problem(`expected a YAML map (name: value), got ${shapeOf(raw)}`);
    const entries = Object.entries(raw).map(([name, value]) => [name, parse_text(value, at.child(name))]);
    return entries.every(([, value]) => value !== undefined) ? Object.fromEntries(entries) : undefined;
});
/**
 * A YAML map with known keys, each read by its own parser. Unknown keys are problems that suggest
 * the nearest known key; keys left empty count as not set.
 */
function fields(shape) {
    const known = Object.keys(shape);
    return (raw, at) => {
        if (!isMap(raw)) {
            return at.problem(`expected a YAML map with the keys ${known.join(', ')}; got ${shapeOf(raw)}`);
        }
        const result = {};
        let valid = true;
        for (const [key, value] of Object.entries(raw)) {
            if (!(key in shape)) {
                const hint = didYouMean(key, known) || `; known keys: ${known.join(', ')}`;
                valid = at.problem(`unknown key "${key}"${hint}`) ?? false;
            }
            else if (value !== '' && value !== null) {
                result[key] = shape[key](value, at.child(key));
                if (result[key] === undefined)
                    valid = false;
            }
        }
        // One bad key makes the whole map unusable, so later checks do not report its consequences.
        return valid ? result : undefined;
    };
}
/** A duration in seconds: a number of seconds, or a Go-style duration such as 90s, 10m, 1h30m. */
const duration = (raw, at) => {
    const value = parse_text(raw, at);
    if (value === undefined)
        return undefined;
    const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value.trim());
    let seconds = Number.NaN;
    if (/^\d+$/.test(value.trim()))
        seconds = Number(value);
    else if (parts && value.trim() !== '') {
        const [hours, minutes, secs] = parts.slice(1).map((part) => Number(part ?? 0));
        seconds = hours * 3600 + minutes * 60 + secs;
    }
    if (!(seconds > 0)) {
        return at.problem(`${show(value)} is not a duration; write seconds (600) or e.g. 90s, 10m, 2h, 1h30m`);
    }
    return seconds;
};

;// CONCATENATED MODULE: ./src/config/values.ts
/** Parsers for the single values that have rules of their own (device names, ids, paths, ...). */


/** device_path: what LinkVolume accepts. /dev/vdX is rewritten to /dev/xvdX first, as Packer does. */
const devicePath = (raw, at) => {
    let value = parse_text(raw, at);
    if (value === undefined)
        return undefined;
    if (value.startsWith('/dev/vd')) {
        const rewritten = value.replace('/dev/vd', '/dev/xvd');
        at.warning(`${show(value)} rewritten to "${rewritten}": OAPI cannot link a volume as /dev/vd*`);
        value = rewritten;
    }
    if (/^\/dev\/(sd|xvd)[b-z][a-z]?$/.test(value))
        return value;
    return at.problem(`${show(value)} is not a device name OAPI can link; use /dev/xvd or /dev/sd followed by a ` +
        `letter from b to z and an optional second letter (e.g. /dev/xvdf)`);
};
/**
 * A device file path such as /dev/nvme1n1 or /dev/sda1. Device names never hold other
 * characters, and nvme_device_path becomes {{.Device}} in pre/post-mount shell commands.
 */
const deviceFile = matching(/^\/dev\/[A-Za-z0-9/._-]+$/, 'a device path under /dev/ of letters, digits and / . _ - (e.g. /dev/sda1, /dev/nvme1n1)');
/** An absolute path (on the host or inside the image). */
const absolutePath = matching(/^\/\S*/, 'an absolute path (it must start with /)');
/** mount_partition: a partition number (0 = the whole device) or `auto`. */
const mountPartition = (raw, at) => {
    const value = parse_text(raw, at)?.trim();
    if (value === undefined)
        return undefined;
    if (value === 'auto')
        return value;
    if (/^\d+$/.test(value))
        return String(Number(value));
    return at.problem(`${show(value)} is not a partition number (0 = the whole device) or auto`);
};
/**
 * One mount_options line, passed to mount as one `-o` value. It may hold several comma-separated
 * options, but nothing that mount would read as something else: no spaces, no leading dash, no
 * empty option between commas.
 */
const mountOption = (raw, at) => {
    const value = parse_text(raw, at);
    if (value === undefined)
        return undefined;
    let reason = '';
    if (/\s/.test(value))
        reason = 'it contains a space; put each option on its own line';
    else if (value.startsWith('-'))
        reason = 'it starts with "-", which mount would read as a flag';
    else if (value.split(',').some((option) => option === ''))
        reason = 'it has an empty option';
    return reason === '' ? value : at.problem(`${show(value)} is not a mount option: ${reason}`);
};
/** An Outscale account id. */
const accountId = matching(/^\d{12}$/, 'an Outscale account id (12 digits)');
/** An OMI id, as opposed to a name (names are matched with source_omi_filter). */
const omiId = matching(/^ami-[0-9a-f]+$/, 'an OMI id like ami-12345678 (to choose an OMI by name, use source_omi_filter)');
/** An environment variable name, as provision_env and POSIX shells accept it. */
const variableName = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Throws unless every name is an environment variable name. The configuration refuses bad names
 * (provision_env) with its own message first; this guards what reaches a shell or `env`.
 */
function assertVariableNames(names, where) {
    for (const name of names) {
        if (!variableName.test(name)) {
            throw new Error(`${where}: ${JSON.stringify(name)} is not a variable name (letters, digits and _, not first a digit).`);
        }
    }
}
/** The characters OAPI CreateImage accepts in an image name. */
const omiNameCharacters = /^[A-Za-z0-9 ()/._-]*$/;
/**
 * omi_name, rendered now (only functions exist at this point: timestamp, isotime, uuid,
 * clean_resource_name) and checked against what CreateImage accepts.
 */
const omiName = (raw, at) => {
    const template = parse_text(raw, at);
    if (template === undefined)
        return undefined;
    let name;
    try {
        name = render(template, {}, at.key);
    }
    catch (error) {
        // render() names the field itself; the context adds it again.
        const message = error instanceof Error ? error.message : String(error);
        const prefix = `${at.key}: `;
        return at.problem(message.startsWith(prefix) ? message.slice(prefix.length) : message);
    }
    const shown = name === template ? show(name) : `${show(name)} (from ${show(template)})`;
    if (name.length < 3 || name.length > 128) {
        return at.problem(`${shown} is ${name.length} characters long; OMI names have 3 to 128`);
    }
    if (!omiNameCharacters.test(name)) {
        const bad = [...new Set(name.replace(/[A-Za-z0-9 ()/._-]/g, ''))].map((c) => show(c));
        return at.problem(`${shown} contains ${bad.join(', ')}; OMI names allow only letters, digits, space and ` +
            `( ) / . - _. Pass the text that may hold others through clean_resource_name, which ` +
            `replaces them with "-", e.g. app-{{ isotime | clean_resource_name }}`);
    }
    return name;
};
/**
 * The youngest cleanup_orphans allows. The age is what protects a build that is still running
 * (its volume waits for the host lock unlinked, for instance): a floor keeps a slip such as "60"
 * (seconds) from sweeping the resources of builds in progress.
 */
const minimumOrphanAgeSeconds = 10 * 60;
/** cleanup_orphans: an age such as 6h, 30m or 1h30m (or seconds), at least 10 minutes. */
const orphanAge = (raw, at) => {
    const seconds = duration(raw, at);
    if (seconds === undefined || seconds >= minimumOrphanAgeSeconds)
        return seconds;
    return at.problem(`${show(raw)} is too young: an orphan must be at least 10m old, so that the resources of ` +
        `builds still running are never swept; use an age longer than your longest build, e.g. 6h`);
};

;// CONCATENATED MODULE: ./src/config/volume-rules.ts
const volumeTypes = ['standard', 'gp2', 'io1'];
const maxVolumeSizeGiB = 14901;
const minIops = 100;
const maxIops = 13000;
const maxIopsPerGiB = 300;
/**
 * IOPS go with io1 only: io1 needs them (100-13000, at most 300 per GiB) and the other types
 * refuse them. `iopsAt` is the context of the iops key; size is unknown (undefined) when it comes
 * from the source OMI.
 */
function checkIops(volume, iopsAt, keys) {
    const { type, iops, size } = volume;
    if (type !== 'io1') {
        if (iops !== undefined) {
            iopsAt.problem(`${iops} is set but ${keys.type} is ${type ?? 'not set'}; only io1 volumes take IOPS ` +
                `(set ${keys.type}: io1 or remove ${iopsAt.key})`);
        }
        return;
    }
    if (iops === undefined) {
        iopsAt.problem(`required when ${keys.type} is io1; give ${minIops} to ${maxIops} IOPS`);
    }
    else if (iops < minIops || iops > maxIops) {
        iopsAt.problem(`${iops} is out of range; io1 volumes take ${minIops} to ${maxIops} IOPS`);
    }
    else if (size !== undefined && iops > maxIopsPerGiB * size) {
        iopsAt.problem(`${iops} is more than ${maxIopsPerGiB} IOPS per GiB of ${keys.size} ${size}; ` +
            `use at most ${maxIopsPerGiB * size} or a larger volume`);
    }
}

;// CONCATENATED MODULE: ./src/config/structured.ts
/** Parsers for the options whose value is structured (YAML in an input, lists and maps in a file). */



/**
 * ReadImages filters. Packer's dashed names (its seven, plus a few more) map to the OAPI names,
 * which are accepted as they are too. Only filters whose values are strings are offered.
 */
const imageFilterNames = {
    'account-alias': 'AccountAliases',
    'account-id': 'AccountIds',
    architecture: 'Architectures',
    'boot-mode': 'BootModes',
    description: 'Descriptions',
    'file-location': 'FileLocations',
    hypervisor: 'Hypervisors',
    'image-id': 'ImageIds',
    'image-name': 'ImageNames',
    'product-code': 'ProductCodes',
    'root-device-name': 'RootDeviceNames',
    'root-device-type': 'RootDeviceTypes',
    state: 'States',
    tag: 'Tags',
    'tag-key': 'TagKeys',
    'tag-value': 'TagValues',
    'virtualization-type': 'VirtualizationTypes'
};
const oapiImageFilterNames = Object.values(imageFilterNames);
const imageFilters = (raw, at) => {
    if (!isMap(raw)) {
        return at.problem(`expected a map of filter names to values, e.g. image-name: "Debian-12-*"`);
    }
    const filters = {};
    for (const [name, value] of Object.entries(raw)) {
        const oapiName = imageFilterNames[name] ?? (oapiImageFilterNames.includes(name) ? name : '');
        if (oapiName === '') {
            const known = [...Object.keys(imageFilterNames), ...oapiImageFilterNames];
            const hint = didYouMean(name, known) || `; known filters: ${Object.keys(imageFilterNames).join(', ')}`;
            at.problem(`unknown filter "${name}"${hint}`);
            continue;
        }
        const values = lines(parse_text)(value, at.child(name));
        if (values !== undefined)
            filters[oapiName] = values;
    }
    return filters;
};
const sourceOmiFilterFields = fields({
    filters: imageFilters,
    owners: lines(parse_text),
    most_recent: parse_boolean
});
/** source_omi_filter: `filters` (map), `owners` (list), `most_recent` (boolean). */
const sourceOmiFilter = yamlValue((raw, at) => {
    const filter = sourceOmiFilterFields(raw, at);
    if (filter === undefined)
        return undefined;
    return {
        filters: filter.filters ?? {},
        owners: filter.owners ?? [],
        mostRecent: filter.most_recent ?? false
    };
});
/** chroot_mounts: a YAML list of [fstype, source, target-inside-chroot] triples. */
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
        if (fstype === undefined || source === undefined || target === undefined)
            return undefined;
        if (!target.startsWith('/')) {
            return entryAt.problem(`target ${show(target)} must be an absolute path inside the chroot`);
        }
        return { fstype, source, target };
    });
    return mounts.every((mount) => mount !== undefined) ? mounts : undefined;
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
    if (mapping === undefined)
        return undefined;
    if (mapping.device_name === undefined) {
        at.problem(`device_name is required (e.g. /dev/sda1 for the root device)`);
    }
    else if (!mapping.device_name.startsWith('/dev/')) {
        at.child('device_name').problem(`${show(mapping.device_name)} must start with /dev/`);
    }
    checkIops({ type: mapping.volume_type, iops: mapping.iops, size: mapping.volume_size }, at.child('iops'), { type: 'volume_type', size: 'volume_size' });
    return {
        deviceName: mapping.device_name ?? '',
        deleteOnVmDeletion: mapping.delete_on_vm_deletion,
        iops: mapping.iops,
        noDevice: mapping.no_device ?? false,
        snapshotId: mapping.snapshot_id,
        virtualName: mapping.virtual_name,
        volumeSize: mapping.volume_size,
        volumeType: mapping.volume_type
    };
}
/** omi_block_device_mappings: a YAML list of maps. */
const blockDeviceMappings = yamlValue((raw, at) => {
    if (!Array.isArray(raw)) {
        return at.problem(`expected a YAML list of maps (device_name, volume_size, ...), got ${show(raw)}`);
    }
    const mappings = raw.map((entry, index) => blockDeviceMapping(entry, at.child(index)));
    const names = mappings.map((mapping) => mapping?.deviceName).filter((name) => name);
    const repeated = names.filter((name, index) => names.indexOf(name) !== index);
    if (repeated.length > 0)
        at.problem(`device_name ${show(repeated[0])} appears more than once`);
    return mappings.every((mapping) => mapping !== undefined)
        ? mappings
        : undefined;
});
/** Splits "source:destination" at the colon that starts the (absolute) destination. */
function provisionFileFromLine(line, at) {
    const colon = line.lastIndexOf(':/');
    if (colon <= 0) {
        return at.problem(`${show(line)} is not source:destination with an absolute destination ` +
            `(e.g. files/app.conf:/etc/app.conf)`);
    }
    return { source: line.slice(0, colon), destination: line.slice(colon + 1) };
}
const provisionFileFields = fields({
    source: parse_text,
    destination: parse_text,
    direction: oneOf('upload', 'download')
});
/**
 * A destination stays inside the image: `..` could only climb out of it (the host resolves the
 * path below the mount point, and refuses links that climb out when it copies).
 */
function insideImage(file, at) {
    const [key, path] = file.direction === 'download' ? ['source', file.source] : ['destination', file.destination];
    if (!path.startsWith('/')) {
        return at.child(key).problem(`${show(path)} is not an absolute path (it must start with /)`);
    }
    if (!path.split('/').includes('..'))
        return file;
    return at.problem(`${key} ${show(path)} contains "..": give the absolute path inside the ` +
        `image without it (e.g. /etc/app.conf)`);
}
function provisionFile(raw, at) {
    if (typeof raw === 'string') {
        const file = provisionFileFromLine(raw.trim(), at);
        return file && insideImage(file, at);
    }
    const file = provisionFileFields(raw, at);
    if (file === undefined)
        return undefined;
    if (file.source === undefined || file.destination === undefined) {
        return at.problem(`needs both source and destination`);
    }
    return insideImage({ source: file.source, destination: file.destination, direction: file.direction }, at);
}
/**
 * provision_files: one "source:destination" per line, or a YAML list whose items are such strings
 * or {source, destination, direction} maps (direction: upload, the default, or download).
 */
const provisionFiles = (raw, at) => {
    let items = raw;
    if (typeof raw === 'string') {
        items = raw.split(/\r?\n/).filter((line) => line.trim() !== '');
        try {
            const parsed = parseYaml(raw);
            if (Array.isArray(parsed))
                items = parsed;
        }
        catch {
            // Not YAML: the one-per-line form.
        }
    }
    if (!Array.isArray(items)) {
        return at.problem(`expected one source:destination per line or a YAML list, got ${show(raw)}`);
    }
    const files = items.map((item, index) => provisionFile(item, at.child(index)));
    return files.every((file) => file !== undefined) ? files : undefined;
};
/**
 * provision_env: KEY=VALUE lines (or a YAML map in a config file). Values are never shown in
 * messages: they may be tokens.
 */
const provisionEnv = (raw, at) => {
    let entries;
    if (isMap(raw)) {
        entries = Object.entries(raw).map(([name, value]) => [name, parse_text(value, at.child(name))]);
    }
    else {
        const assignments = lines(parse_text)(raw, at);
        if (assignments === undefined)
            return undefined;
        entries = assignments.map((line, index) => {
            const equals = line.indexOf('=');
            if (equals < 0)
                return ['', at.child(index).problem(`is not in KEY=VALUE form`)];
            return [line.slice(0, equals).trim(), line.slice(equals + 1)];
        });
    }
    let valid = true;
    for (const [name, value] of entries) {
        if (value === undefined)
            valid = false;
        else if (!variableName.test(name)) {
            valid = false;
            at.problem(`${show(name)} is not a variable name (letters, digits and _, not first a digit)`);
        }
    }
    return valid ? Object.fromEntries(entries) : undefined;
};
/** timeouts: a YAML map of phase → duration; phases left out keep their defaults. */
const timeouts = yamlValue(fields({ volume: duration, link: duration, device: duration, snapshot: duration, omi: duration }));

;// CONCATENATED MODULE: ./src/config/template/template-inputs.ts
/**
 * The inputs that say how a Packer template given as config_file is read: template_variables
 * (Packer's -var) and template_source (which osc-chroot builder or source to build when the
 * template has several). They are inputs only, like config_file itself.
 */

const templateVariablesInput = 'template_variables';
const templateSourceInput = 'template_source';
/** A variable name, as both template forms allow them. */
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
/** Reads both inputs; problems go to findings. */
function readTemplateInputs(getInput, findings) {
    const variablesText = getInput(templateVariablesInput);
    const variables = variablesText.trim() === ''
        ? {}
        : (variableValues(variablesText, new ValueContext(templateVariablesInput, findings)) ?? {});
    const source = parse_text(getInput(templateSourceInput), new ValueContext(templateSourceInput, findings)) ?? '';
    return { variables, source: source.trim() };
}
/**
 * The candidate template_source names, or the only one when it names none. `where` says what the
 * candidates are, e.g. "osc-chroot builders"; `at` reports about the template, `sourceAt` about
 * template_source.
 */
function chooseCandidate(candidates, source, where, at, sourceAt) {
    const names = candidates.map((candidate) => `${candidate.type}.${candidate.name}`);
    if (source === '') {
        if (candidates.length === 1)
            return candidates[0];
        if (candidates.length === 0)
            return at.problem(`the template has no ${where}`);
        return at.problem(`the template has several ${where} (${names.join(', ')}); choose one with the ` +
            `${templateSourceInput} input (its name or type.name)`);
    }
    const chosen = candidates.filter((candidate) => candidate.name === source || `${candidate.type}.${candidate.name}` === source);
    if (chosen.length === 1)
        return chosen[0];
    if (chosen.length === 0) {
        return sourceAt.problem(`${show(source)} is none of the template's ${where} (${names.join(', ') || 'none'})`);
    }
    return sourceAt.problem(`${show(source)} names several of the template's ${where}; write type.name ` +
        `(${chosen.map((candidate) => `${candidate.type}.${candidate.name}`).join(', ')})`);
}

;// CONCATENATED MODULE: ./src/config/inputs.ts
/**
 * The options, as Packer users spell them, each with the parser that reads it. This one table
 * decides which inputs are read, which config_file keys are known (and the "did you mean"
 * suggestions for the others) and the type of every parsed value; action.yml documents the same
 * names (a test keeps the two in step).
 */






const options = {
    // Credentials and endpoint
    access_key: parse_text,
    secret_key: parse_text,
    region: parse_text,
    profile: parse_text,
    custom_endpoint_oapi: matching(/^\S+$/, 'an endpoint URL or domain (no spaces)'),
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
    omi_virtualization_type: oneOf('hvm', 'paravirtual'),
    omi_account_ids: lines(accountId),
    global_permission: parse_boolean,
    snapshot_account_ids: lines(accountId),
    snapshot_groups: lines(oneOf('all')),
    omi_boot_modes: lines(oneOf('legacy', 'uefi')),
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
    template_provisioners: oneOf('run', 'ignore'),
    prevent_service_start: parse_boolean,
    kill_chroot_processes: parse_boolean,
    timeouts: timeouts,
    dry_run: parse_boolean,
    cleanup_orphans: orphanAge
};
const optionNames = Object.keys(options);
/** Other names accepted for an option, in inputs and in config files alike. */
const aliases = { snapshot_users: 'snapshot_account_ids' };
/** The input that names the config file; it cannot appear inside one. */
const configFileInput = 'config_file';
/** Every input name action.yml declares. */
const inputNames = [
    ...optionNames,
    ...Object.keys(aliases),
    configFileInput,
    templateVariablesInput,
    templateSourceInput
];
/** Parses every option that is set with its parser from the table; problems go to findings. */
function parseOptions(raw, findings) {
    const values = {};
    const rejected = new Set();
    for (const name of optionNames) {
        const found = raw[name];
        if (found === undefined)
            continue;
        const problemsBefore = findings.problems.length;
        const value = options[name](found.raw, new ValueContext(name, findings, found.origin));
        if (findings.problems.length > problemsBefore || value === undefined)
            rejected.add(name);
        else
            values[name] = value;
    }
    return { values: values, rejected };
}
/**
 * Turns one source's key/value pairs into raw options: aliases become the option they stand for,
 * empty values count as not set, unknown keys are problems with a suggestion, and the secret key
 * is masked in the log the moment it is read.
 */
function toRawOptions(entries, origin, keyAt) {
    const layer = {};
    const keyOf = {};
    for (const [key, raw] of entries) {
        const name = key in options ? key : aliases[key];
        if (name === undefined) {
            const hint = didYouMean(key, inputNames) || '; see the inputs in docs/configuration.md';
            keyAt(key).problem(`unknown option${hint}`);
            continue;
        }
        if (raw === '' || raw === null || raw === undefined)
            continue;
        if (name === 'secret_key' && typeof raw === 'string')
            log.secret(raw);
        if (layer[name] !== undefined) {
            keyAt(key).problem(`${keyOf[name]} is set too; ${key} is another name for it, set only one`);
            continue;
        }
        layer[name] = { raw, origin };
        keyOf[name] = key;
    }
    return layer;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/config/provisioners/provisioner-settings.ts
/**
 * The settings of one template provisioner, read with the place they come from, so that every
 * message names the provisioner, where it is in the template and the setting.
 */



/** Keys Packer accepts on every provisioner, handled here, not by the type's own mapping. */
const commonKeys = ['type', 'name', 'only', 'except', 'override'];
/** Common keys accepted and ignored, with why. */
const ignoredCommonKeys = {
    pause_before: 'ignored: nothing needs to settle between two steps of a chroot build',
    max_retries: 'ignored: a failed provisioner fails the build',
    timeout: "ignored: the job's timeout-minutes bounds the build"
};
/** The settings of one provisioner, read with their location for messages. */
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
        return value !== undefined && value !== null && value !== '';
    }
    text(key) {
        if (!this.has(key))
            return undefined;
        const value = this.settings[key];
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        return this.at.child(key).problem(`expected a string, got ${show(value)}`);
    }
    boolean(key) {
        if (!this.has(key))
            return undefined;
        const value = this.settings[key];
        if (typeof value === 'boolean')
            return value;
        if (value === 'true' || value === 'false')
            return value === 'true';
        return this.at.child(key).problem(`${show(value)} is not a boolean; write true or false`);
    }
    list(key) {
        if (!this.has(key))
            return [];
        const value = this.settings[key];
        const items = Array.isArray(value) ? value : [value];
        const strings = items.filter((item) => ['string', 'number', 'boolean'].includes(typeof item));
        if (strings.length !== items.length) {
            this.at.child(key).problem(`expected a list of strings, got ${show(value)}`);
            return [];
        }
        return strings.map(String);
    }
    integers(key) {
        if (!this.has(key))
            return undefined;
        const values = this.list(key).map(Number);
        if (values.some((value) => !Number.isInteger(value) || value < 0 || value > 255)) {
            return this.at
                .child(key)
                .problem(`expected exit codes (whole numbers 0-255), got ${show(this.settings[key])}`);
        }
        return values;
    }
    /** KEY=VALUE entries (environment_vars, ansible_env_vars); values never shown. */
    assignments(key) {
        const environment = {};
        for (const [index, line] of this.list(key).entries()) {
            const equals = line.indexOf('=');
            const name = equals < 0 ? '' : line.slice(0, equals);
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
                this.at
                    .child(key)
                    .child(index)
                    .problem(`not in KEY=VALUE form with KEY a variable name (letters, digits and _, not first a digit)`);
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
            }
            else
                environment[name] = String(item);
        }
        return environment;
    }
    /** A host file the provisioner reads, relative to the workspace as Packer's are to its cwd. */
    hostFile(key, path, what = 'file') {
        const absolute = (0,external_node_path_.resolve)(this.workspace, path);
        const stats = (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false });
        if (!stats) {
            this.at.child(key).problem(`${show(path)} does not exist (in ${this.workspace})`);
        }
        else if (what === 'file' && !stats.isFile()) {
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
            const hint = didYouMean(key, [...known]) || `; this action reads ${[...known].sort().join(', ')}`;
            this.at.child(key).problem(`not supported${hint}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/config/provisioners/provisioner-ansible.ts
/**
 * Packer's `ansible` provisioner, read for ansible-playbook through Ansible's chroot connection
 * (https://developer.hashicorp.com/packer/integrations/hashicorp/ansible/latest/components/provisioner/ansible).
 * ansible-playbook must be on the runner: looked for now, so its absence fails before any API call.
 */




const ansibleKeys = [
    'playbook_file',
    'command',
    'extra_arguments',
    'ansible_env_vars',
    'groups',
    'empty_groups',
    'host_alias',
    'user',
    'keep_inventory_file',
    'skip_version_check',
    'use_proxy',
    'ansible_ssh_extra_args',
    'sftp_command',
    'use_sftp',
    'local_port',
    'ssh_host_key_file',
    'ssh_authorized_key_file',
    'roles_path',
    'collections_path'
];
/** Ansible settings that cannot carry over, with what to do instead. */
const ansibleRefused = {
    inventory_file: 'the action writes the inventory itself (one host, host_alias, in groups, reached through ' +
        'the chroot connection); set groups, and give variables with extra_arguments (-e)',
    inventory_directory: 'the action writes the inventory itself; set groups and extra_arguments',
    galaxy_file: 'install the roles and collections in an earlier workflow step (ansible-galaxy install -r ' +
        'requirements.yml), then point roles_path or collections_path at them'
};
function mapAnsible(settings, context) {
    const { at } = settings;
    const playbook = settings.text('playbook_file');
    const command = settings.text('command') ?? 'ansible-playbook';
    const extraArguments = settings.list('extra_arguments');
    const environment = settings.assignments('ansible_env_vars');
    const groups = settings.list('groups');
    settings.list('empty_groups');
    const hostAlias = settings.text('host_alias') ?? 'default';
    const rolesPath = settings.text('roles_path');
    if (rolesPath !== undefined)
        environment.ANSIBLE_ROLES_PATH = (0,external_node_path_.resolve)(context.workspace, rolesPath);
    const collectionsPath = settings.text('collections_path');
    if (collectionsPath !== undefined) {
        environment.ANSIBLE_COLLECTIONS_PATH = (0,external_node_path_.resolve)(context.workspace, collectionsPath);
    }
    for (const [key, advice] of Object.entries(ansibleRefused)) {
        if (settings.has(key))
            at.child(key).problem(`not supported: ${advice}`);
    }
    settings.ignore({
        user: 'ignored: the chroot connection runs as root in the image',
        keep_inventory_file: 'ignored: the inventory is written for the run and removed',
        skip_version_check: 'ignored: ansible-playbook is looked for, not its version',
        use_proxy: 'ignored: Ansible reaches the image through its chroot connection, no SSH proxy',
        ansible_ssh_extra_args: 'ignored: there is no SSH connection in a chroot build',
        sftp_command: 'ignored: there is no SSH connection in a chroot build',
        use_sftp: 'ignored: there is no SSH connection in a chroot build',
        local_port: 'ignored: there is no SSH connection in a chroot build',
        ssh_host_key_file: 'ignored: there is no SSH connection in a chroot build',
        ssh_authorized_key_file: 'ignored: there is no SSH connection in a chroot build'
    });
    settings.rejectUnknown([...ansibleKeys, ...commonKeys]);
    if (playbook === undefined)
        return at.child('playbook_file').problem('required');
    const playbookFile = settings.hostFile('playbook_file', playbook);
    for (const group of groups) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(group)) {
            at.child('groups').problem(`${show(group)} is not a valid Ansible group name`);
        }
    }
    if (!/^[A-Za-z0-9_.-]+$/.test(hostAlias)) {
        at.child('host_alias').problem(`${show(hostAlias)} is not a host name (letters, digits, _ . -)`);
    }
    const words = command.split(/\s+/).filter(Boolean);
    const program = words[0] ?? '';
    if (!findProgram(program, context.env)) {
        at.child('command').problem(`${show(program)} is not found on this runner (PATH); install Ansible on the runner ` +
            '(e.g. apt-get install ansible, or pip install ansible) before this step');
    }
    return {
        type: 'ansible',
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
/** Whether a program name (or path) is an executable file, looked up in env's PATH. */
function findProgram(program, env) {
    if (program === '')
        return undefined;
    const candidates = program.includes('/')
        ? [program]
        : (env.PATH ?? process.env.PATH ?? '').split(external_node_path_.delimiter).map((dir) => (0,external_node_path_.join)(dir, program));
    return candidates.find((candidate) => {
        try {
            (0,external_node_fs_.accessSync)(candidate, external_node_fs_.constants.X_OK);
            return (0,external_node_fs_.statSync)(candidate).isFile();
        }
        catch {
            return false;
        }
    });
}

;// CONCATENATED MODULE: ./src/config/provisioners/provisioner-file.ts
/**
 * Packer's `file` provisioner: uploads (host files, directories or text into the image) and
 * downloads (out of the image into the workspace), with Packer's rules for names
 * (https://developer.hashicorp.com/packer/docs/provisioners/file).
 */



const fileKeys = ['source', 'sources', 'content', 'destination', 'direction', 'generated'];
function mapFile(settings) {
    const { at } = settings;
    const direction = settings.text('direction') ?? 'upload';
    if (direction !== 'upload' && direction !== 'download') {
        at.child('direction').problem(`${show(direction)} is not allowed; use upload or download`);
    }
    settings.ignore({ generated: 'accepted: sources are checked when the provisioner runs' });
    const generated = settings.boolean('generated') ?? false;
    const sources = [...settings.list('source'), ...settings.list('sources')];
    const content = settings.text('content');
    const destination = settings.text('destination');
    settings.rejectUnknown([...fileKeys, ...commonKeys]);
    if (settings.has('source') && settings.has('sources')) {
        at.problem('set source or sources, not both');
    }
    if (destination === undefined)
        return at.child('destination').problem('required');
    if (content !== undefined && sources.length > 0) {
        return at.problem('set content or source(s), not both');
    }
    if (content === undefined && sources.length === 0) {
        return at.problem('needs source, sources or content');
    }
    if (direction === 'download') {
        if (content !== undefined)
            return at.child('content').problem('cannot be downloaded');
        if (sources.length !== 1)
            return at.child('sources').problem('a download takes one source');
        if (!(0,external_node_path_.isAbsolute)(sources[0]) || sources[0].split('/').includes('..')) {
            return at
                .child('source')
                .problem(`${show(sources[0])}: a download's source is an absolute path in the image, without ".."`);
        }
        const hostPath = (0,external_node_path_.resolve)(settings.workspace, destination);
        if (!insideDirectory(hostPath, settings.workspace)) {
            return at
                .child('destination')
                .problem(`${show(destination)} is outside the workspace (${settings.workspace}); downloads stay in it`);
        }
        return { type: 'file', at: settings.provisioner.at, direction, sources, destination: hostPath };
    }
    if (!(0,external_node_path_.isAbsolute)(destination) || destination.split('/').includes('..')) {
        return at
            .child('destination')
            .problem(`${show(destination)} must be an absolute path in the image, without ".."`);
    }
    if (sources.length > 1 && !destination.endsWith('/')) {
        at.child('destination').problem(`with several sources, must be a directory ending in / (Packer's rule)`);
    }
    const hostSources = sources.map((source) => {
        // Generated sources exist only once an earlier provisioner has run: checked then.
        const absolute = generated
            ? (0,external_node_path_.resolve)(settings.workspace, source)
            : settings.hostFile('source', source, 'any');
        // Packer's rule: a directory named with a trailing / uploads its contents.
        return source.endsWith('/') && !absolute.endsWith('/') ? `${absolute}/` : absolute;
    });
    return {
        type: 'file',
        at: settings.provisioner.at,
        direction: 'upload',
        sources: hostSources,
        content,
        destination
    };
}
/** True when path is dir or below it (both absolute, already normalised). */
function insideDirectory(path, dir) {
    const base = (0,external_node_path_.resolve)(dir);
    return path === base || path.startsWith(base.endsWith('/') ? base : `${base}/`);
}

;// CONCATENATED MODULE: ./src/config/provisioners/provisioner-shell.ts
/**
 * Packer's `shell` and `shell-local` provisioners, read into what the action runs: scripts (the
 * inline commands become one script behind their shebang, as Packer writes them), the environment,
 * and execute_command reduced to the forms that mean something here. Packer passes environment
 * variables as `{{.Vars}}` text on the command line; here they reach the script through its
 * environment (a 0600 file read by the sandbox), so `{{.Vars}}` is dropped and values never show
 * in a process list. `sudo` in execute_command is dropped too: provisioning already runs as root
 * in the chroot, and sudo would reset the environment (and may not be in the image).
 * Defaults: https://developer.hashicorp.com/packer/docs/provisioners/shell and
 * https://developer.hashicorp.com/packer/docs/provisioners/shell-local
 */




/** The builder type scripts see in PACKER_BUILDER_TYPE. */
const packerBuilderType = 'osc-chroot';
const shellKeys = [
    'inline',
    'script',
    'scripts',
    'environment_vars',
    'env',
    'inline_shebang',
    'execute_command',
    'remote_folder',
    'remote_file',
    'remote_path',
    'skip_clean',
    'valid_exit_codes',
    'binary',
    'expect_disconnect',
    'start_retry_timeout',
    'pause_after',
    'env_var_format',
    'use_env_var_file',
    'pause_before',
    'max_retries',
    'timeout'
];
const shellLocalKeys = [
    'command',
    'inline',
    'script',
    'scripts',
    'environment_vars',
    'env',
    'inline_shebang',
    'execute_command',
    'valid_exit_codes',
    'only_on',
    'use_linux_pathing',
    'env_var_format',
    'use_env_var_file',
    'tempfile_extension',
    'pause_before',
    'max_retries',
    'timeout'
];
/** sudo and its usual options, with an optional `echo 'password' |` feeding it. */
const sudoPrefix = /(?:echo\s+(?:'[^']*'|"[^"]*"|\S+)\s*\|\s*)?\bsudo\b(?:\s+(?:-u\s+root|--preserve-env|-[ESHn]+))*\s+/g;
/** Template actions Packer's shell provisioner offers: `{{ .Name }}`. */
const templateAction = /\{\{-?\s*\.?([A-Za-z]*)\s*-?\}\}/g;
/**
 * Reduces a shell execute_command to shell text with only {{.Path}}, or reports why it cannot be
 * honoured. {{.EnvVarFile}} (use_env_var_file) becomes /dev/null: the variables are already in the
 * environment, so sourcing nothing keeps the command's meaning.
 */
function reduceExecuteCommand(command, variable, settings) {
    const at = settings.at.child('execute_command');
    let reduced = command.replace(sudoPrefix, '');
    if (/\bsudo\b/.test(reduced)) {
        return at.problem(`${show(command)}: this use of sudo cannot be honoured; provisioning already runs as root ` +
            `in the chroot: write e.g. "chmod +x {{.${variable}}}; {{.Vars}} {{.${variable}}}"`);
    }
    let unknown;
    reduced = reduced.replace(templateAction, (match, name) => {
        if (name === 'Vars')
            return '';
        if (name === variable)
            return `{{.${variable}}}`;
        if (name === 'EnvVarFile')
            return '/dev/null';
        unknown ??= match;
        return match;
    });
    if (unknown !== undefined) {
        return at.problem(`${show(command)}: ${unknown} is not available here; execute_command can use ` +
            `{{.Vars}} and {{.${variable}}}`);
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
        ...settings.assignments('environment_vars'),
        ...settings.envMap('env')
    };
}
function inlineScript(settings, commands) {
    const shebang = settings.text('inline_shebang') ?? '/bin/sh -e';
    return { content: `#!${shebang}\n${commands.join('\n')}\n` };
}
function scriptFiles(settings) {
    const scripts = [];
    for (const key of ['script', 'scripts']) {
        for (const path of settings.list(key))
            scripts.push({ hostFile: settings.hostFile(key, path) });
    }
    return scripts;
}
/** One of inline, script, scripts (and command for shell-local), as Packer requires. */
function checkOneSource(settings, keys) {
    const set = keys.filter((key) => settings.has(key));
    if (set.length === 1)
        return true;
    settings.at.problem(set.length === 0
        ? `needs one of ${keys.join(', ')}`
        : `${set.join(' and ')} are set; set only one of ${keys.join(', ')}`);
    return false;
}
function validExitCodes(settings) {
    return settings.integers('valid_exit_codes') ?? [0];
}
function pathInImage(settings, key, path) {
    if (!external_node_path_.posix.isAbsolute(path) || path.split('/').includes('..')) {
        settings.at
            .child(key)
            .problem(`${show(path)} must be an absolute path in the image, without ".."`);
    }
    return external_node_path_.posix.normalize(path);
}
/** How shell and shell-local hand over the variables: always through the environment. */
const environmentFormatIgnored = {
    env_var_format: 'ignored: the variables reach the script through its environment',
    use_env_var_file: 'accepted: the variables always reach the script through its environment'
};
function mapShell(settings, buildName) {
    const hasSource = checkOneSource(settings, ['inline', 'script', 'scripts']);
    const inline = settings.list('inline');
    const scripts = settings.has('inline') ? [inlineScript(settings, inline)] : scriptFiles(settings);
    const environment = environmentOf(settings, buildName);
    const executeCommand = reduceExecuteCommand(settings.text('execute_command') ?? 'chmod +x {{.Path}}; {{.Vars}} {{.Path}}', 'Path', settings);
    const folder = pathInImage(settings, 'remote_folder', settings.text('remote_folder') ?? '/tmp');
    const file = settings.text('remote_file') ?? `script_${(0,external_node_crypto_.randomInt)(10000)}.sh`;
    if (file.includes('/'))
        settings.at.child('remote_file').problem(`${show(file)} must be a file name`);
    const remotePath = settings.has('remote_path')
        ? pathInImage(settings, 'remote_path', settings.text('remote_path') ?? '')
        : external_node_path_.posix.join(folder, file);
    const skipClean = settings.boolean('skip_clean') ?? false;
    const codes = validExitCodes(settings);
    const binary = settings.boolean('binary') ?? false;
    settings.ignore({
        expect_disconnect: 'ignored: a chroot has no connection to lose (a reboot cannot happen in it)',
        start_retry_timeout: 'ignored: a chroot has no connection to wait for',
        pause_after: 'ignored: nothing needs to settle between two steps of a chroot build',
        ...environmentFormatIgnored
    });
    settings.rejectUnknown([...shellKeys, ...commonKeys]);
    if (!hasSource || executeCommand === undefined)
        return undefined;
    return {
        type: 'shell',
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
/** shell-local's execute_command: Packer's list form ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"]. */
function shellLocalCommand(settings) {
    if (!settings.has('execute_command'))
        return '{{.Script}}';
    const raw = settings.settings.execute_command;
    const words = typeof raw === 'string' ? ['/bin/sh', '-c', raw] : settings.list('execute_command');
    const [program, flag, text] = words;
    if (words.length === 3 && /^(\/bin\/|\/usr\/bin\/)?(sh|bash)$/.test(program) && flag === '-c') {
        const reduced = reduceExecuteCommand(text, 'Script', settings);
        if (reduced === undefined || (program.endsWith('sh') && !program.endsWith('bash')))
            return reduced;
        return `${program} -c '${reduced.replace(/'/g, `'\\''`)}'`;
    }
    return settings.at
        .child('execute_command')
        .problem(`${show(raw)}: give it as Packer's default does, ["/bin/sh", "-c", "{{.Vars}} {{.Script}}"] ` +
        '(a shell and -c, then the command text)');
}
function mapShellLocal(settings, buildName) {
    const onlyOn = settings.list('only_on');
    if (onlyOn.length > 0 && !onlyOn.includes('linux')) {
        settings.at.child('only_on').warning(`${show(onlyOn)}: skipped, the runner is linux`);
        settings.rejectUnknown([...shellLocalKeys, ...commonKeys]);
        return undefined;
    }
    const hasSource = checkOneSource(settings, ['command', 'inline', 'script', 'scripts']);
    let scripts;
    if (settings.has('command'))
        scripts = [inlineScript(settings, [settings.text('command') ?? ''])];
    else if (settings.has('inline'))
        scripts = [inlineScript(settings, settings.list('inline'))];
    else
        scripts = scriptFiles(settings);
    const environment = environmentOf(settings, buildName);
    const executeCommand = shellLocalCommand(settings);
    const codes = validExitCodes(settings);
    settings.ignore({
        use_linux_pathing: 'ignored: the runner is linux',
        ...environmentFormatIgnored,
        tempfile_extension: 'ignored: inline commands run by their shebang'
    });
    settings.rejectUnknown([...shellLocalKeys, ...commonKeys]);
    if (!hasSource || executeCommand === undefined)
        return undefined;
    return {
        type: 'shell-local',
        at: settings.provisioner.at,
        scripts,
        environment,
        executeCommand,
        validExitCodes: codes
    };
}

;// CONCATENATED MODULE: ./src/config/provisioners/provisioners.ts





/** The action inputs that provision, which a template's provisioners would compete with. */
const inlineProvisioningInputs = [
    'provision',
    'provision_scripts',
    'provision_files',
    'provision_host_commands'
];
/** What to use instead of each provisioner the action does not run. */
const unsupportedProvisioners = {
    breakpoint: 'remove it: a build in a workflow cannot pause for a person',
    powershell: 'PowerShell provisioning needs Windows; this builder builds Linux images',
    'windows-shell': 'this builder builds Linux images',
    'windows-restart': 'this builder builds Linux images',
    'ansible-local': 'use the ansible provisioner (it runs on the runner through the chroot)',
    puppet: 'install and run puppet apply from a shell provisioner',
    'puppet-masterless': 'install and run puppet apply from a shell provisioner',
    'puppet-server': 'run the agent from a shell provisioner',
    'chef-solo': 'install and run chef-solo from a shell provisioner',
    'chef-client': 'run chef-client from a shell provisioner',
    salt: 'run salt-call --local from a shell provisioner',
    'salt-masterless': 'run salt-call --local from a shell provisioner',
    converge: 'run converge from a shell provisioner',
    inspec: 'run InSpec in a later job against a VM started from the OMI',
    'hcp-sbom': 'generate the SBOM from a shell provisioner and download it with a file provisioner'
};
/** What to use instead of each post-processor (none runs). */
const postProcessorAdvice = {
    manifest: "remove it: the action's `manifest` output is the path of a manifest file it writes",
    checksum: 'compute checksums in a later workflow step',
    compress: 'there is no artifact file to compress: the OMI lives in Outscale',
    'shell-local': 'run the command in a later workflow step, with the omi_id output',
    artifice: 'upload files from the workspace in a later workflow step (file provisioners with direction download put them there)'
};
/**
 * The template's provisioners as the action will run them, or [] when they are not to run. Adds
 * a problem for each provisioner or post-processor that cannot be honoured, and for inline
 * provisioning inputs set beside the template's provisioners without template_provisioners.
 */
function templateProvisioners(template, values, context) {
    const { findings } = context;
    const choice = values.template_provisioners;
    if (template === undefined || template.provisioners.length === 0) {
        if (choice !== undefined) {
            findings.warnings.push(`template_provisioners: ${show(choice)} has no effect: config_file is not a Packer ` +
                'template with provisioners');
        }
        reportPostProcessors(template, findings);
        return [];
    }
    reportPostProcessors(template, findings);
    const inline = inlineProvisioningInputs.filter((name) => {
        const value = values[name];
        return Array.isArray(value) ? value.length > 0 : Boolean(value);
    });
    if (choice === 'ignore') {
        findings.warnings.push(`template_provisioners: ignore: the template's ${template.provisioners.length} ` +
            'provisioner(s) are not run');
        return [];
    }
    if (inline.length > 0 && choice === undefined) {
        findings.problems.push(`template_provisioners: the template (config_file) has provisioners and ${inline.join(', ')} ` +
            "is set too; say which runs: template_provisioners: run (the template's provisioners, " +
            `then ${inline.join(', ')}) or template_provisioners: ignore (only ${inline.join(', ')})`);
    }
    return template.provisioners
        .map((provisioner) => mapProvisioner(provisioner, context))
        .filter((mapped) => mapped !== undefined);
}
function reportPostProcessors(template, findings) {
    for (const post of template?.postProcessors ?? []) {
        const advice = postProcessorAdvice[post.type] ??
            'the action builds the OMI and stops; do what follows in later workflow steps with its outputs (omi_id, manifest)';
        findings.problems.push(`${post.type} post-processor (${post.at}): post-processors are not run by this action; ${advice}`);
    }
}
function mapProvisioner(provisioner, context) {
    const settings = new ProvisionerSettings(provisioner, context.findings, context.workspace);
    settings.ignore(ignoredCommonKeys);
    switch (provisioner.type) {
        case 'shell':
            return mapShell(settings, context.buildName);
        case 'shell-local':
            return mapShellLocal(settings, context.buildName);
        case 'file':
            return mapFile(settings);
        case 'ansible':
            return mapAnsible(settings, context);
    }
    const advice = unsupportedProvisioners[provisioner.type] ||
        'this action runs shell, file, shell-local and ansible provisioners; do the same with a shell provisioner';
    return settings.at.problem(`provisioner type ${show(provisioner.type)} is not supported: ${advice}`);
}

;// CONCATENATED MODULE: ./src/config/template/builder-options.ts
/**
 * A Packer template's builder options (a JSON builder or an HCL2 source block) as the action's
 * option keys: Packer's osc-chroot docs use some Amazon spellings (which do not work in Packer
 * itself), and Packer's builder accepts a few options it ignores.
 */

/** The builder types a template may hold for this action. */
const builderTypes = ['osc-chroot', 'outscale-chroot'];
/** Amazon spellings from Packer's osc-chroot docs → our keys. */
const amazonSpellings = {
    ami_name: 'omi_name',
    ami_description: 'omi_description',
    ami_virtualization_type: 'omi_virtualization_type',
    ami_block_device_mappings: 'omi_block_device_mappings',
    ami_users: 'omi_account_ids',
    ami_product_codes: 'product_codes',
    source_ami: 'source_omi',
    source_ami_filter: 'source_omi_filter'
};
/** Options Packer's builder accepts but ignores: accepted here too, with a warning. */
const ignoredPackerOptions = [
    'token',
    'mfa_code',
    'skip_metadata_api_check',
    'omi_regions',
    'omi_groups',
    'omi_product_codes'
];
/**
 * Renames and drops as described above; `keyAt(key)` reports about one option. `type` and `name`
 * (the builder's identity, not options) must already be removed.
 */
function toBuilderOptions(options, keyAt) {
    const builderOptions = {};
    for (const [key, value] of Object.entries(options)) {
        if (ignoredPackerOptions.includes(key)) {
            keyAt(key).warning(`ignored (Packer's builder ignores it too)`);
            continue;
        }
        const renamed = amazonSpellings[key];
        if (renamed !== undefined)
            keyAt(key).warning(`an Amazon spelling; use ${renamed}`);
        const optionAt = keyAt(renamed ?? key);
        builderOptions[renamed ?? key] = key.endsWith('block_device_mappings')
            ? renameDeleteOnTermination(value, optionAt)
            : value;
    }
    return builderOptions;
}
/** Block device mappings in Amazon's spelling use delete_on_termination. */
function renameDeleteOnTermination(mappings, at) {
    if (!Array.isArray(mappings))
        return mappings;
    return mappings.map((mapping, index) => {
        if (!isMap(mapping) || !('delete_on_termination' in mapping))
            return mapping;
        at.child(index).warning(`delete_on_termination ${show(mapping.delete_on_termination)} is an Amazon spelling; ` +
            `use delete_on_vm_deletion`);
        const { delete_on_termination: deleteOnTermination, ...rest } = mapping;
        return { ...rest, delete_on_vm_deletion: deleteOnTermination };
    });
}

;// CONCATENATED MODULE: ./src/config/template/hcl-expression-error.ts
/** Why an HCL2 expression cannot be evaluated; the reader adds the file, line and attribute. */
class ExpressionError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ExpressionError';
    }
}

;// CONCATENATED MODULE: ./src/config/template/hcl-functions.ts
/**
 * The HCL2 functions Packer templates use in practice, with Packer's meaning
 * (https://developer.hashicorp.com/packer/docs/templates/hcl_templates/functions). Any other
 * function is an error naming it.
 */


/** Checks the argument count and that every argument is a single value; returns them as text. */
function strings(name, signature, args, count) {
    if (args.length !== count) {
        throw new ExpressionError(`${name}${signature} takes ${count} arguments, got ${args.length}`);
    }
    return args.map((arg, index) => {
        if (typeof arg === 'string')
            return arg;
        if (typeof arg === 'number' || typeof arg === 'boolean')
            return String(arg);
        throw new ExpressionError(`${name}${signature}: argument ${index + 1} must be a string, got ${JSON.stringify(arg)}`);
    });
}
const hclFunctions = {
    timestamp: (args) => {
        strings('timestamp', '()', args, 0);
        return buildStartTime()
            .toISOString()
            .replace(/\.\d{3}Z$/, 'Z');
    },
    formatdate: (args) => {
        const [spec, time] = strings('formatdate', '(format, timestamp)', args, 2);
        return formatDate(spec, time);
    },
    regex_replace: (args) => {
        const [text, pattern, replacement] = strings('regex_replace', '(string, pattern, replacement)', args, 3);
        return replaceWithGoRegex(text, pattern, replacement);
    },
    replace: (args) => {
        const [text, search, replacement] = strings('replace', '(string, substring, replacement)', args, 3);
        // A substring in slashes is a regular expression (HCL's replace).
        if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) {
            return replaceWithGoRegex(text, search.slice(1, -1), replacement);
        }
        return text.split(search).join(replacement);
    },
    lower: (args) => strings('lower', '(string)', args, 1)[0].toLowerCase(),
    upper: (args) => strings('upper', '(string)', args, 1)[0].toUpperCase(),
    env: (args, context) => {
        const [name] = strings('env', '(name)', args, 1);
        if (!context.envAllowed) {
            throw new ExpressionError(`env() can only be used in a variable's default (as in Packer); declare a variable ` +
                `with default = env("${name}") and use var.<name>`);
        }
        return context.env[name] ?? '';
    }
};
const hclFunctionNames = Object.keys(hclFunctions);
/** Go's regexp syntax in JavaScript's: named groups are spelled (?P<name>...) in Go. */
function goRegex(pattern) {
    let flags = 'g';
    let source = pattern.replace(/\(\?P</g, '(?<');
    const inline = /^\(\?([ims]+)\)/.exec(source);
    if (inline) {
        flags += inline[1];
        source = source.slice(inline[0].length);
    }
    try {
        return new RegExp(source, flags);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ExpressionError(`the regular expression ${JSON.stringify(pattern)} is invalid: ${reason}`);
    }
}
/** Go's Regexp.ReplaceAllString: $1, ${1}, $name and ${name} expand; $$ is a dollar sign. */
function replaceWithGoRegex(text, pattern, replacement) {
    return text.replace(goRegex(pattern), (...match) => {
        const last = match[match.length - 1];
        const named = typeof last === 'object' && last !== null ? last : {};
        const numbered = match.slice(0, typeof last === 'object' ? -3 : -2);
        const group = (name) => /^\d+$/.test(name) ? (numbered[Number(name)] ?? '') : (named[name] ?? '');
        return replacement.replace(/\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (token, braced, bare) => token === '$$' ? '$' : group(braced ?? bare ?? ''));
    });
}
const monthNames = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const hcl_functions_pad = (n, width = 2) => String(n).padStart(width, '0');
/** The tokens of HCL's formatdate, for a time already shifted to its own offset. */
function dateTokens(d, offsetMinutes) {
    const sign = offsetMinutes < 0 ? '-' : '+';
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
        AA: d.getUTCHours() < 12 ? 'AM' : 'PM',
        aa: d.getUTCHours() < 12 ? 'am' : 'pm',
        mm: hcl_functions_pad(d.getUTCMinutes()),
        m: String(d.getUTCMinutes()),
        ss: hcl_functions_pad(d.getUTCSeconds()),
        s: String(d.getUTCSeconds()),
        ZZZZZ: `${sign}${hcl_functions_pad(Math.floor(offset / 60))}:${hcl_functions_pad(offset % 60)}`,
        ZZZZ: `${sign}${hcl_functions_pad(Math.floor(offset / 60))}${hcl_functions_pad(offset % 60)}`,
        ZZZ: offset === 0 ? 'UTC' : `${sign}${hcl_functions_pad(Math.floor(offset / 60))}${hcl_functions_pad(offset % 60)}`,
        Z: offset === 0 ? 'Z' : `${sign}${hcl_functions_pad(Math.floor(offset / 60))}:${hcl_functions_pad(offset % 60)}`
    };
}
/**
 * HCL's formatdate: runs of one letter are tokens (YYYY, MM, DD, hh, mm, ss, ...), text in single
 * quotes is literal ('' is a quote), other characters stay as they are.
 */
function formatDate(spec, timestamp) {
    const parsed = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(timestamp);
    if (!parsed) {
        throw new ExpressionError(`formatdate: ${JSON.stringify(timestamp)} is not an RFC 3339 timestamp such as timestamp() gives`);
    }
    const zone = parsed[8].toUpperCase();
    const offsetMinutes = zone === 'Z'
        ? 0
        : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
    // Shifted so that the UTC getters read the time in the timestamp's own offset.
    const local = new Date(Date.parse(timestamp) + offsetMinutes * 60_000);
    const tokens = dateTokens(local, offsetMinutes);
    let out = '';
    let i = 0;
    while (i < spec.length) {
        const c = spec[i];
        if (c === "'") {
            const end = spec.indexOf("'", i + 1);
            if (end < 0)
                throw new ExpressionError(`formatdate: unterminated quote in ${JSON.stringify(spec)}`);
            out += end === i + 1 ? "'" : spec.slice(i + 1, end);
            i = end + 1;
        }
        else if (/[A-Za-z]/.test(c)) {
            let run = c;
            while (spec[i + run.length] === c)
                run += c;
            const value = tokens[run];
            if (value === undefined) {
                throw new ExpressionError(`formatdate: "${run}" in ${JSON.stringify(spec)} is not a date format token ` +
                    `(YYYY, YY, MMMM, MMM, MM, M, DD, D, EEEE, EEE, hh, h, HH, H, AA, aa, mm, m, ss, s, ` +
                    `ZZZZZ, ZZZZ, ZZZ, Z; quote literal letters: 'T')`);
            }
            out += value;
            i += run.length;
        }
        else {
            out += c;
            i++;
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/@cdktf/hcl2json/wasm/bridge_wasm_exec.js
var bridge_wasm_exec = __webpack_require__(3045);
;// CONCATENATED MODULE: ./src/config/template/hcl-parser.ts
/**
 * HashiCorp's HCL parser, compiled to WebAssembly by @cdktf/hcl2json: a whole file to JSON (the
 * tmccombs/hcl2json form, where expressions stay as `${...}` text), and one expression to its
 * syntax tree.
 *
 * The package's own API is asynchronous only because it instantiates the module asynchronously;
 * its Go functions answer synchronously. The configuration is read synchronously (every problem
 * is found before anything happens), so the module is instantiated synchronously here, once, the
 * first time an HCL2 template is read.
 */


// Defines globalThis.Go: Go's wasm_exec.js, given Node's modules.

/** Where the module is; the bundler copies it next to the bundle and rewrites this. */
const wasmFile = __webpack_require__.ab + "main.wasm.gz";
let bridge;
function loadBridge() {
    if (bridge !== undefined)
        return bridge;
    const wasm = (0,external_node_zlib_.gunzipSync)((0,external_node_fs_.readFileSync)(wasmFile));
    const functions = {};
    const global = globalThis;
    global.__parse_terraform_config_wasm__ = functions;
    const Go = global.Go;
    // The lib this project compiles against has no WebAssembly types; Node has the API.
    const { Module, Instance } = global.WebAssembly;
    const go = new Go();
    // Go's main registers the functions, then blocks on a channel: control comes back here at once
    // (the promise run() returns never settles, and keeps nothing pending in the event loop).
    void go.run(new Instance(new Module(wasm), go.importObject));
    bridge = functions;
    return bridge;
}
function callBridge(name, file, text) {
    let answer;
    loadBridge()[name](file, text, (error, result) => {
        answer = error ? { error } : { result: result ?? 'null' };
    });
    if (answer === undefined)
        throw new Error(`the HCL parser did not answer ${name}`);
    if ('error' in answer)
        throw new HclSyntaxError(String(answer.error));
    return answer.result;
}
/** HCL's own message, e.g. `build.pkr.hcl:3,7-8: Invalid expression; Expected the start of...`. */
class HclSyntaxError extends Error {
    constructor(message) {
        // The bridge wraps HCL's diagnostics as "parse config: [diagnostic, diagnostic]".
        super(message.replace(/^parse config: \[(.*)\]$/s, '$1'));
        this.name = 'HclSyntaxError';
    }
}
/** A file's blocks and attributes as JSON; throws HclSyntaxError naming file:line. */
function parseHclFile(file, text) {
    return JSON.parse(callBridge('parse', file, text));
}
/** The syntax tree of one expression; throws HclSyntaxError. */
function expressionSyntaxTree(text) {
    return JSON.parse(callBridge('getExpressionAst', 'expression', text));
}

;// CONCATENATED MODULE: ./src/config/template/hcl-expressions.ts
/**
 * Evaluates the HCL2 expressions Packer templates actually use: string interpolation, var.x,
 * local.x, path.root, source.name, lists, maps, indexes and the functions of hcl-functions.ts.
 *
 * The HCL parser gives attribute values as JSON where every expression is `${...}` text; HCL's
 * own expression parser (the same WebAssembly module) turns that text into a syntax tree, and
 * this walks the tree. Any other construct (conditionals, for expressions, operators, splats,
 * template directives) is an ExpressionError naming it.
 */





/** Evaluates every string of a value (lists and maps are walked); other values stay. */
function evaluateValue(value, scope) {
    if (typeof value === 'string')
        return evaluateString(value, scope);
    if (Array.isArray(value))
        return value.map((item) => evaluateValue(item, scope));
    if (isMap(value)) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, evaluateValue(item, scope)]));
    }
    return value;
}
/** Ends the heredoc the text is wrapped in; a line of the text never equals it. */
const heredocEnd = 'OSC_CHROOT_HCL_VALUE_END';
/**
 * One string of the parser's JSON: literal text, or a template whose `${...}` parts are
 * expressions (a whole value that is one expression comes as "${expression}" and keeps its type).
 */
function evaluateString(text, scope) {
    if (!/[$%]\{/.test(text))
        return text;
    // A heredoc takes the text as it is: no quotes or backslashes to escape.
    const source = `<<${heredocEnd}\n${text}\n${heredocEnd}\n`;
    let tree;
    try {
        tree = expressionSyntaxTree(source);
    }
    catch (error) {
        if (error instanceof HclSyntaxError)
            throw new ExpressionError(error.message);
        throw error;
    }
    if (tree === null)
        return text;
    const evaluator = new Evaluator(Buffer.from(source), scope);
    const parts = [...tree.children];
    const last = parts.at(-1);
    // The heredoc's own final newline is not part of the value.
    if (last?.type === 'literalValue' && last.meta?.value?.endsWith('\n')) {
        const rest = last.meta.value.slice(0, -1);
        if (rest === '')
            parts.pop();
        else
            parts[parts.length - 1] = { ...last, meta: { ...last.meta, value: rest } };
    }
    if (parts.length === 1 && parts[0].type !== 'literalValue')
        return evaluator.node(parts[0]);
    return parts.map((part) => evaluator.templatePart(part, false)).join('');
}
/** HCL's escapes in a quoted string: \n \r \t \" \\ \uNNNN \UNNNNNNNN. */
function unescapeQuoted(raw) {
    return raw.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)/g, (_match, escape) => {
        if (escape.length > 1)
            return String.fromCodePoint(parseInt(escape.slice(1), 16));
        return { n: '\n', r: '\r', t: '\t' }[escape] ?? escape;
    });
}
/** `$${` and `%%{` are a literal `${` and `%{` in both quoted strings and heredocs. */
function unescapeTemplate(raw) {
    return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}
/** Constructs outside the supported subset, by syntax tree node type, in the user's words. */
const unsupported = {
    conditional: 'conditional expressions (a ? b : c) and %{ if } directives',
    for: 'for expressions ([for x in list : ...]) and %{ for } directives',
    binaryOp: 'operators (+ - * / % == != < > && ||)',
    unaryOp: 'operators (! and -)',
    splat: 'splat expressions (list[*].attribute, list.*.attribute)',
    relativeTraversal: 'attribute access on the result of an expression'
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
        if (node.meta?.value !== undefined)
            return node.meta.value;
        if (node.range)
            return this.source.subarray(node.range.start.byte, node.range.end.byte).toString();
        return node.type;
    }
    /** One part of a template, as text. */
    templatePart(node, quoted) {
        if (node.type === 'literalValue' && node.meta?.type === 'string') {
            const raw = node.meta.value ?? '';
            return unescapeTemplate(quoted ? unescapeQuoted(raw) : raw);
        }
        const value = this.node(node);
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        const shape = Array.isArray(value) ? 'a list' : value === null ? 'null' : 'a map';
        throw new ExpressionError(`"\${${this.text(node)}}" is ${shape}, which cannot be part of a string; use it as the ` +
            `whole value`);
    }
    node(node) {
        switch (node.type) {
            case 'template': {
                const quoted = (node.meta?.value ?? '').startsWith('"');
                return node.children.map((part) => this.templatePart(part, quoted)).join('');
            }
            case 'templateWrap':
                return this.node(node.children[0]);
            case 'literalValue':
                return this.literal(node);
            case 'scopeTraversal':
                return this.traversal(node);
            case 'index':
                return this.index(this.node(node.children[0]), this.node(node.children[1]), node);
            case 'function':
                return this.call(node);
            case 'tuple':
                return node.children.map((item) => this.node(item));
            case 'object':
                return this.object(node);
            case 'unaryOp':
                if (node.meta?.operator === 'negate') {
                    const operand = this.node(node.children[0]);
                    if (typeof operand === 'number')
                        return -operand;
                }
                break;
            case '':
                // Parentheses around an expression.
                if (node.children.length === 1)
                    return this.node(node.children[0]);
                break;
        }
        const what = unsupported[node.type] ?? `this expression (${node.type || 'unknown'})`;
        throw new ExpressionError(`"${this.text(node)}": ${what} are not supported`);
    }
    literal(node) {
        const raw = node.meta?.value ?? '';
        switch (node.meta?.type) {
            case 'number':
                return Number(raw);
            case 'bool':
                return raw === 'true';
            case 'null':
                return null;
            default:
                return unescapeTemplate(raw);
        }
    }
    traversal(node) {
        const parts = (node.meta?.traversal ?? []);
        const [root, first, ...rest] = parts;
        const accessor = node.meta?.fullAccessor ?? this.text(node);
        const { variables, local, path, source } = this.scope;
        let value;
        switch (root?.segment) {
            case 'var':
                if (variables === undefined) {
                    throw new ExpressionError(`"${accessor}": a variable's default cannot use other variables (as in Packer)`);
                }
                if (first === undefined || !(first.segment in variables)) {
                    const known = Object.keys(variables).join(', ') || 'none';
                    throw new ExpressionError(`"${accessor}": the template has no variable "${first?.segment ?? ''}" (variables: ${known})`);
                }
                value = variables[first.segment];
                break;
            case 'local':
                if (local === undefined) {
                    throw new ExpressionError(`"${accessor}": locals cannot be used in a variable's default`);
                }
                value = local(first?.segment ?? '');
                break;
            case 'path':
                if (first?.segment !== 'root' && first?.segment !== 'cwd') {
                    throw new ExpressionError(`"${accessor}": only path.root and path.cwd exist`);
                }
                value = path[first.segment];
                break;
            case 'source':
                if (source === undefined || (first?.segment !== 'name' && first?.segment !== 'type')) {
                    throw new ExpressionError(`"${accessor}": only source.name and source.type exist, inside a build block`);
                }
                value = source[first.segment];
                break;
            default:
                throw new ExpressionError(`"${accessor}": ${root?.segment ?? accessor}.* is not supported (this action reads ` +
                    `var.*, local.*, path.root, path.cwd, source.name and source.type; data sources, ` +
                    `build.* and packer.* do not exist here)`);
        }
        for (const part of rest) {
            const key = part.type === 'indexTraversal' ? JSON.parse(part.segment) : part.segment;
            value = this.index(value, key, node);
        }
        return value;
    }
    index(collection, key, node) {
        if (Array.isArray(collection) && typeof key === 'number' && key in collection) {
            return collection[key];
        }
        if (isMap(collection) && (typeof key === 'string' || typeof key === 'number')) {
            if (String(key) in collection)
                return collection[String(key)];
        }
        throw new ExpressionError(`"${this.text(node)}": there is no element ${JSON.stringify(key)}`);
    }
    call(node) {
        const name = node.meta?.name ?? '';
        const fn = hclFunctions[name];
        if (fn === undefined) {
            throw new ExpressionError(`"${this.text(node)}": the function ${name}() is not supported; functions: ` +
                `${hclFunctionNames.map((known) => `${known}()`).join(', ')}`);
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

;// CONCATENATED MODULE: ./src/config/template/hcl-locations.ts
/**
 * Where the blocks and attributes of an HCL2 file are: their lines, and the order of blocks of
 * different types (the parser's JSON groups blocks by type, so it loses both).
 *
 * This is not a parser: it runs only on text HashiCorp's parser has already accepted, and only
 * finds block headers (`type "label" ... {`), attribute names (`name =`) and the braces that
 * close blocks, skipping strings, heredocs, comments and expressions. Values always come from
 * the real parser.
 */
/** The file as a block of type '' whose children are the top-level blocks. */
function locateBlocks(text) {
    const root = { type: '', labels: [], line: 1, children: [], attributes: new Map() };
    try {
        new Scanner(text).body(root);
    }
    catch {
        // Text the scanner cannot follow: what was found so far is kept; lines may be missing.
    }
    return root;
}
/** The blocks of one type (and first label, if given) among a block's children. */
function childBlocks(block, type, label) {
    return (block?.children ?? []).filter((child) => child.type === type && (label === undefined || child.labels[0] === label));
}
const identifier = /[A-Za-z_][A-Za-z0-9_-]*/y;
class Scanner {
    text;
    i = 0;
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++)
            if (text[i] === '\n')
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
        for (;;) {
            this.skipSpace(true);
            if (this.i >= this.text.length)
                return;
            if (this.text[this.i] === '}') {
                this.i++;
                return;
            }
            const start = this.i;
            const name = this.word();
            if (name === undefined)
                throw new Error(`unexpected ${this.text[this.i]}`);
            this.skipSpace(false);
            if (this.text[this.i] === '=' && this.text[this.i + 1] !== '=') {
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
                attributes: new Map()
            };
            for (;;) {
                this.skipSpace(false);
                const c = this.text[this.i];
                if (c === '{') {
                    this.i++;
                    break;
                }
                if (c === '"') {
                    const from = this.i;
                    this.quoted();
                    child.labels.push(JSON.parse(this.text.slice(from, this.i)));
                }
                else {
                    const label = this.word();
                    if (label === undefined)
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
            return undefined;
        this.i += match[0].length;
        return match[0];
    }
    /** Skips blanks and comments; newlines too when `newlines`. */
    skipSpace(newlines) {
        while (this.i < this.text.length) {
            const c = this.text[this.i];
            const next = this.text[this.i + 1];
            if (c === ' ' || c === '\t' || c === '\r' || (newlines && c === '\n'))
                this.i++;
            else if (c === '#' || (c === '/' && next === '/'))
                this.skipToLineEnd();
            else if (c === '/' && next === '*') {
                const end = this.text.indexOf('*/', this.i + 2);
                this.i = end < 0 ? this.text.length : end + 2;
            }
            else
                return;
        }
    }
    skipToLineEnd() {
        const end = this.text.indexOf('\n', this.i);
        this.i = end < 0 ? this.text.length : end;
    }
    /** An attribute's value: up to the end of its line outside brackets, or the block's `}`. */
    expression() {
        let depth = 0;
        while (this.i < this.text.length) {
            const c = this.text[this.i];
            if (c === '"')
                this.quoted();
            else if (c === '<' && this.text[this.i + 1] === '<')
                this.heredoc();
            else if (c === '#' ||
                (c === '/' && (this.text[this.i + 1] === '/' || this.text[this.i + 1] === '*'))) {
                this.skipSpace(false);
            }
            else if (c === '(' || c === '[' || c === '{') {
                depth++;
                this.i++;
            }
            else if (c === ')' || c === ']' || c === '}') {
                if (depth === 0)
                    return;
                depth--;
                this.i++;
            }
            else if (c === '\n' && depth === 0)
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
            if (c === '\\')
                this.i += 2;
            else if (c === '"') {
                this.i++;
                return;
            }
            else if ((c === '$' || c === '%') && this.text[this.i + 1] === '{') {
                this.i += 2;
                this.interpolation();
            }
            else
                this.i++;
        }
    }
    interpolation() {
        let depth = 0;
        while (this.i < this.text.length) {
            const c = this.text[this.i];
            if (c === '"')
                this.quoted();
            else if (c === '{') {
                depth++;
                this.i++;
            }
            else if (c === '}') {
                this.i++;
                if (depth-- === 0)
                    return;
            }
            else
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
            const end = this.text.indexOf('\n', this.i);
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

;// CONCATENATED MODULE: ./src/config/template/hcl-build-blocks.ts
/**
 * What an HCL2 build block gives for the chosen source: its provisioner and post-processor
 * blocks in file order, Packer's only / except and override, and option blocks read as values.
 */


/**
 * The blocks of a kind (provisioner, post-processor) in a block, in file order: the parser
 * groups them by type, so the located headers give the order back.
 */
function orderedBlocks(parent, kind) {
    const byType = isMap(parent.body[kind]) ? parent.body[kind] : {};
    const remaining = new Map(Object.entries(byType).map(([type, bodies]) => [type, Array.isArray(bodies) ? [...bodies] : []]));
    const ordered = [];
    for (const block of childBlocks(parent.block, kind)) {
        const body = remaining.get(block.labels[0])?.shift();
        if (isMap(body))
            ordered.push({ type: block.labels[0], block, body });
    }
    // Anything the locations missed keeps the parser's order (never dropped).
    for (const [type, bodies] of remaining) {
        for (const body of bodies)
            if (isMap(body))
                ordered.push({ type, body });
    }
    return ordered;
}
/** Packer's only / except name sources as type.name (or source.type.name). */
function appliesTo(only, except, identity) {
    const names = [`${identity.type}.${identity.name}`, `source.${identity.type}.${identity.name}`];
    const listed = (list) => Array.isArray(list) && list.some((name) => names.includes(String(name)));
    if (only !== undefined && !listed(only))
        return false;
    return !listed(except);
}
/** A provisioner's `override = { "type.name" = { ... } }` for this source. */
function overrideFor(override, identity) {
    if (!isMap(override))
        return {};
    const entry = override[`${identity.type}.${identity.name}`] ?? override[identity.name];
    return isMap(entry) ? entry : {};
}
/** Options written as a block (source_omi_filter { ... }) come as a list of one map. */
function unwrapSingleBlocks(options) {
    const singleBlocks = ['source_omi_filter', 'timeouts'];
    return Object.fromEntries(Object.entries(options).map(([key, value]) => [
        key,
        singleBlocks.includes(key) && Array.isArray(value) && value.length === 1 ? value[0] : value
    ]));
}

;// CONCATENATED MODULE: ./src/config/template/hcl-variables.ts
/**
 * The values of an HCL2 template's variables, as Packer sets them (later wins): the variable's
 * default, PKR_VAR_<name> in the environment, *.auto.pkrvars.hcl files (when the template is a
 * directory), then template_variables (Packer's -var). Values given as text are converted to the
 * variable's type; sensitive values are masked in the log.
 */



/**
 * Every declared variable's value; a variable without one is a problem (and absent). `scope` is
 * the scope of a default: functions, env() allowed, no variables.
 */
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
            const known = [...byName.keys()].join(', ') || 'none';
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
                origin = 'template_variables';
                value = convert(inputs[name], type, defaultScope);
            }
            else if (fromFile !== undefined) {
                origin = fromFile.at;
                value = convert(evaluateValue(fromFile.value, defaultScope), type, defaultScope);
            }
            else if (env[`PKR_VAR_${name}`] !== undefined) {
                origin = `PKR_VAR_${name}`;
                value = convert(env[`PKR_VAR_${name}`], type, defaultScope);
            }
            else if ('default' in body) {
                origin = 'its default';
                value = convert(evaluateValue(body.default, defaultScope), type, defaultScope);
            }
            else {
                report.problem(at, `variable "${name}" has no default and no value; set it with the template_variables ` +
                    `input (${name}: ...) or the PKR_VAR_${name} environment variable`);
                continue;
            }
        }
        catch (error) {
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
/** Masks every single value inside a value. */
function maskAll(value) {
    if (typeof value === 'string' && value !== '')
        log.secret(value);
    else if (typeof value === 'number')
        log.secret(String(value));
    else if (Array.isArray(value))
        value.forEach(maskAll);
    else if (isMap(value))
        Object.values(value).forEach(maskAll);
}
/** "${list(string)}" → "list"; no type → "any". */
function typeName(type) {
    if (typeof type !== 'string')
        return 'any';
    return /^\$\{\s*([a-z]+)/.exec(type)?.[1] ?? 'any';
}
/** A value in the variable's type; text from the environment or an input is read as HCL. */
function convert(value, type, scope) {
    const shown = JSON.stringify(value);
    switch (type) {
        case 'string':
            if (typeof value === 'string')
                return value;
            if (typeof value === 'number' || typeof value === 'boolean')
                return String(value);
            throw new ExpressionError(`${shown} is not a string`);
        case 'number': {
            const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
            if (typeof number === 'number' && Number.isFinite(number))
                return number;
            throw new ExpressionError(`${shown} is not a number`);
        }
        case 'bool':
            if (typeof value === 'boolean')
                return value;
            if (value === 'true' || value === 'false')
                return value === 'true';
            throw new ExpressionError(`${shown} is not a bool (true or false)`);
        case 'list':
        case 'set':
        case 'tuple': {
            const list = typeof value === 'string' ? asHcl(value, scope) : value;
            if (Array.isArray(list))
                return list;
            throw new ExpressionError(`${shown} is not a list (write it as HCL or JSON: ["a", "b"])`);
        }
        case 'map':
        case 'object': {
            const map = typeof value === 'string' ? asHcl(value, scope) : value;
            if (isMap(map))
                return map;
            throw new ExpressionError(`${shown} is not a map (write it as HCL or JSON: { a = "b" })`);
        }
        default:
            return value;
    }
}
/** Text read as an HCL expression, as Packer reads PKR_VAR_ values of complex types. */
function asHcl(text, scope) {
    return evaluateString(`\${${text}}`, scope);
}

;// CONCATENATED MODULE: ./src/config/template/hcl-locals.ts
/**
 * An HCL2 template's locals (`locals { ... }` entries and `local "name" { expression = ... }`
 * blocks): each evaluated once, on first use, with the variables and the other locals in scope.
 */


/** A message that already starts with a local's place: the place to fix. */
const locatedLocal = /^\S+:\d+: local "/;
/**
 * local(name) for the scope of every other expression. Every definition is evaluated now, used
 * or not, as Packer does; a bad one is reported once, at its own place, in the order given.
 */
function evaluateLocals(definitions, scope, problem) {
    const byName = new Map(definitions.map((definition) => [definition.name, definition]));
    const values = new Map();
    const evaluating = new Set();
    const local = (name) => {
        if (values.has(name))
            return values.get(name);
        const definition = byName.get(name);
        if (definition === undefined) {
            const known = [...byName.keys()].join(', ') || 'none';
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
        }
        catch (error) {
            // Already located (a local this one uses): that place is the one to fix.
            if (!(error instanceof ExpressionError) || locatedLocal.test(error.message))
                throw error;
            // Where the local is defined, so that a local used from elsewhere still points at it.
            throw new ExpressionError(`${definition.at}: local "${name}": ${error.message}`);
        }
        finally {
            evaluating.delete(name);
        }
    };
    const reported = new Set();
    for (const { name } of definitions) {
        try {
            local(name);
        }
        catch (error) {
            if (!(error instanceof ExpressionError))
                throw error;
            if (!reported.has(error.message))
                problem(error.message);
            reported.add(error.message);
        }
    }
    return local;
}

;// CONCATENATED MODULE: ./src/config/template/hcl-template.ts
/**
 * A Packer HCL2 template used as config_file: a .pkr.hcl file, or a directory whose *.pkr.hcl
 * files (and *.auto.pkrvars.hcl variable files) make one template, as Packer reads them.
 *
 * Read: the `source "osc-chroot" | "outscale-chroot"` blocks (template_source chooses one), the
 * build block that uses it (its `source` overrides too), its provisioner and post-processor
 * blocks that apply to it (only / except), `variable` blocks, `locals` and `local` blocks. What
 * else a template can hold fails naming the file, the line and the construct.
 */











/** Top-level blocks this action reads, or knowingly ignores (packer: required versions, plugins). */
const topLevelBlocks = ['variable', 'locals', 'local', 'source', 'build', 'packer'];
/** What a build block may hold. */
const buildKeys = [
    'name',
    'description',
    'sources',
    'source',
    'provisioner',
    'post-processor',
    'post-processors'
];
/** What each unsupported construct is, in the user's words. */
const unsupportedBlocks = {
    data: 'data sources',
    dynamic: 'dynamic blocks',
    hcp_packer_registry: 'hcp_packer_registry (HCP Packer) blocks',
    'error-cleanup-provisioner': 'error-cleanup-provisioner blocks'
};
/**
 * Reads the template at `path` (absolute; reading.file is the same path as the user gave it).
 * Returns undefined after reporting why it cannot be used.
 */
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
            return undefined;
        this.checkTopLevel();
        const root = this.isDirectory() ? this.path : (0,external_node_path_.dirname)(this.path);
        const baseScope = {
            path: { root, cwd: this.workspace },
            functions: { env: this.reading.env, envAllowed: true }
        };
        const variables = resolveVariables(this.declarations('variable'), this.variableFileValues(), this.reading.inputs.variables, this.reading.env, baseScope, this.report);
        const scope = {
            ...baseScope,
            variables,
            local: this.locals(variables, baseScope),
            functions: { ...baseScope.functions, envAllowed: false }
        };
        const chosen = this.chooseSource();
        if (chosen === undefined || this.problems > 0)
            return undefined;
        const build = this.buildUsing(chosen);
        if (build === undefined)
            return undefined;
        const sourceName = typeof build.override.name === 'string' ? build.override.name : chosen.name;
        const identity = { type: chosen.type, name: sourceName };
        const { name: _name, ...overrides } = build.override;
        const options = this.evaluateBody({ ...chosen.item.body, ...overrides }, chosen.item, scope);
        const buildScope = { ...scope, source: identity };
        const template = {
            builderOptions: toBuilderOptions(unwrapSingleBlocks(options), this.reading.keyAt),
            builder: identity,
            provisioners: this.provisioners(build, identity, buildScope),
            postProcessors: this.postProcessors(build, identity)
        };
        return this.problems > 0 ? undefined : template;
    }
    isDirectory() {
        return !this.path.endsWith('.hcl');
    }
    /** Reads and parses the file, or the directory's template and variable files. */
    load() {
        const at = this.reading.at;
        let names;
        if (this.isDirectory()) {
            try {
                names = (0,external_node_fs_.readdirSync)(this.path).sort();
            }
            catch (error) {
                at.problem(`cannot read the directory ${this.reading.file}: ${error.code ?? String(error)}`);
                return false;
            }
            const json = names.filter((name) => name.endsWith('.pkr.json'));
            if (json.length > 0) {
                at.problem(`${(0,external_node_path_.join)(this.reading.file, json[0])}: HCL2 templates in JSON syntax (.pkr.json) ` +
                    `cannot be read; use the .pkr.hcl form`);
                return false;
            }
            names = names.filter((name) => name.endsWith('.pkr.hcl') || name.endsWith('.auto.pkrvars.hcl'));
            if (!names.some((name) => name.endsWith('.pkr.hcl'))) {
                at.problem(`the directory ${this.reading.file} holds no *.pkr.hcl file`);
                return false;
            }
        }
        else {
            names = [(0,external_node_path_.basename)(this.path)];
        }
        const directory = this.isDirectory() ? this.path : (0,external_node_path_.dirname)(this.path);
        const labelDirectory = this.isDirectory() ? this.reading.file : (0,external_node_path_.dirname)(this.reading.file);
        for (const name of names) {
            const label = labelDirectory === '.' ? name : (0,external_node_path_.join)(labelDirectory, name);
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(directory, name), 'utf8');
            }
            catch (error) {
                at.problem(`cannot read ${label} (in ${this.workspace}): ${error.code ?? String(error)}`);
                return false;
            }
            let json;
            try {
                json = parseHclFile(label, text);
            }
            catch (error) {
                if (!(error instanceof HclSyntaxError))
                    throw error;
                at.problem(`not valid HCL: ${error.message}`);
                return false;
            }
            const file = { label, json, blocks: locateBlocks(text) };
            if (name.endsWith('.auto.pkrvars.hcl'))
                this.variableFiles.push(file);
            else
                this.files.push(file);
        }
        return true;
    }
    /** "file:line" of a block, or of one of its attributes or nested blocks. */
    where(file, block, attribute) {
        const nested = attribute ? childBlocks(block, attribute)[0]?.line : undefined;
        const line = (attribute && block?.attributes.get(attribute)) || nested || block?.line;
        return line === undefined ? file.label : `${file.label}:${line}`;
    }
    checkTopLevel() {
        for (const file of this.files) {
            for (const key of Object.keys(file.json)) {
                if (topLevelBlocks.includes(key))
                    continue;
                const block = childBlocks(file.blocks, key)[0];
                const what = unsupportedBlocks[key] ?? `"${key}" blocks`;
                this.report.problem(this.where(file, block), `${what} are not supported (this action reads variable, locals, local, source and ` +
                    `build blocks)`);
            }
            for (const block of file.blocks.children) {
                if (block.type === 'packer')
                    continue;
                this.rejectNested(file, block);
            }
        }
    }
    /** dynamic blocks anywhere inside a block. */
    rejectNested(file, block) {
        for (const child of block.children) {
            if (child.type === 'dynamic') {
                this.report.problem(this.where(file, child), `${unsupportedBlocks.dynamic} are not supported`);
            }
            else
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
            // The parser sorts them by name; messages follow the file.
            const line = (name) => childBlocks(file.blocks, type, name)[0]?.line ?? 0;
            const names = Object.keys(byName).sort((a, b) => line(a) - line(b));
            for (const [name, bodies] of names.map((name) => [name, byName[name]])) {
                const block = childBlocks(file.blocks, type, name)[0];
                const at = this.where(file, block);
                const previous = found.find((declaration) => declaration.name === name);
                if (previous !== undefined) {
                    this.report.problem(at, `${type} "${name}" is declared twice (first at ${previous.at})`);
                    continue;
                }
                const body = Array.isArray(bodies) && isMap(bodies[0]) ? bodies[0] : {};
                if (type === 'variable' && 'validation' in body) {
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
        const definitions = new Map();
        for (const file of this.files) {
            const blocks = childBlocks(file.blocks, 'locals');
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
        for (const { name, at, body } of this.declarations('local')) {
            const sensitive = body.sensitive === true;
            this.defineLocal(definitions, { name, at, expression: body.expression, sensitive });
        }
        const files = this.files.map((file) => file.label);
        const place = (at) => {
            const colon = at.lastIndexOf(':');
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
        if (previous !== undefined) {
            this.report.problem(definition.at, `local "${definition.name}" is defined twice (first at ${previous.at})`);
        }
        else
            definitions.set(definition.name, definition);
    }
    /** The osc-chroot / outscale-chroot source blocks, and the one template_source names. */
    chooseSource() {
        const candidates = [];
        for (const file of this.files) {
            const byType = file.json.source;
            if (!isMap(byType))
                continue;
            for (const [type, byName] of Object.entries(byType)) {
                if (!builderTypes.includes(type) || !isMap(byName))
                    continue;
                for (const [name, bodies] of Object.entries(byName)) {
                    const body = Array.isArray(bodies) && isMap(bodies[0]) ? bodies[0] : {};
                    const block = childBlocks(file.blocks, 'source').find((candidate) => candidate.labels[0] === type && candidate.labels[1] === name);
                    candidates.push({ type, name, item: { file, block, body } });
                }
            }
        }
        const where = `source blocks of type ${builderTypes.join(' or ')}`;
        return chooseCandidate(candidates, this.reading.inputs.source, where, this.reading.at, this.reading.sourceAt);
    }
    /** The one build block that uses the chosen source, and its override block for it, if any. */
    buildUsing(chosen) {
        const reference = `source.${chosen.type}.${chosen.name}`;
        const matches = (ref) => typeof ref === 'string' &&
            [reference, `${chosen.type}.${chosen.name}`].includes(ref.replace(/^\$\{(.*)\}$/, '$1'));
        const builds = [];
        for (const file of this.files) {
            const bodies = Array.isArray(file.json.build) ? file.json.build : [];
            const blocks = childBlocks(file.blocks, 'build');
            bodies.forEach((body, index) => {
                if (!isMap(body))
                    return;
                const listed = Array.isArray(body.sources) && body.sources.some(matches);
                const nested = isMap(body.source)
                    ? Object.entries(body.source).find(([ref]) => matches(ref))
                    : undefined;
                if (!listed && nested === undefined)
                    return;
                const overrideBodies = nested?.[1];
                const override = Array.isArray(overrideBodies) && isMap(overrideBodies[0]) ? overrideBodies[0] : {};
                builds.push({ file, block: blocks[index], body, override });
            });
        }
        if (builds.length === 1) {
            this.checkBuild(builds[0]);
            this.warnOtherSources(builds[0]);
            return this.problems > 0 ? undefined : builds[0];
        }
        const sourceAt = this.where(chosen.item.file, chosen.item.block);
        if (builds.length === 0) {
            this.report.problem(sourceAt, `no build block uses source "${chosen.type}.${chosen.name}"; add it to a build's ` +
                `sources = ["${reference}"], as Packer needs too`);
        }
        else {
            const places = builds.map((build) => this.where(build.file, build.block)).join(', ');
            this.report.problem(sourceAt, `several build blocks use source "${chosen.type}.${chosen.name}" (${places}); this ` +
                `action runs one build: keep one`);
        }
        return undefined;
    }
    /** A build's sources of other builders (amazon-ebs, ...): Packer would build them too. */
    warnOtherSources(build) {
        const listed = Array.isArray(build.body.sources) ? build.body.sources : [];
        const nested = isMap(build.body.source) ? Object.keys(build.body.source) : [];
        const others = [...listed, ...nested]
            .map((ref) => String(ref)
            .replace(/^\$\{(.*)\}$/, '$1')
            .replace(/^source\./, ''))
            .filter((ref) => !builderTypes.includes(ref.split('.')[0]));
        if (others.length > 0) {
            this.report.warning(this.where(build.file, build.block), `this action builds only its own source; the build's other sources are not built ` +
                `(${others.join(', ')})`);
        }
    }
    /** What a build block holds besides what this action reads. */
    checkBuild(build) {
        for (const key of Object.keys(build.body)) {
            // dynamic blocks are reported wherever they are, by checkTopLevel.
            if (buildKeys.includes(key) || key === 'dynamic')
                continue;
            const inner = childBlocks(build.block, key)[0];
            const line = inner ?? (build.block?.attributes.has(key) ? build.block : undefined);
            const what = unsupportedBlocks[key] ?? `"${key}" in a build block`;
            this.report.problem(inner ? this.where(build.file, inner) : this.where(build.file, line, key), `${what} ${unsupportedBlocks[key] ? 'are' : 'is'} not supported`);
        }
    }
    /** Evaluates each attribute of a block; problems name file:line and the attribute. */
    evaluateBody(body, place, scope) {
        const result = {};
        for (const [key, value] of Object.entries(body)) {
            if (key === 'dynamic')
                continue; // Reported by checkTopLevel.
            try {
                result[key] = evaluateValue(value, scope);
            }
            catch (error) {
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
        for (const { type, block, body } of orderedBlocks(build, 'provisioner')) {
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
            for (const entry of orderedBlocks({ block, body }, 'post-processor')) {
                if (!appliesTo(entry.body.only, entry.body.except, identity))
                    continue;
                found.push({ type: entry.type, at: this.where(build.file, entry.block) });
            }
        };
        const sequences = Array.isArray(build.body['post-processors'])
            ? build.body['post-processors']
            : [];
        const sequenceBlocks = childBlocks(build.block, 'post-processors');
        // Single post-processors and sequences in the order they appear in the build block.
        const single = [
            {
                line: childBlocks(build.block, 'post-processor')[0]?.line ?? 0,
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

;// CONCATENATED MODULE: ./src/config/template/packer-template.ts
/**
 * A Packer JSON template used as config_file: the options of its osc-chroot / outscale-chroot
 * builder and the provisioners and post-processors that apply to it, with Packer's `{{user "x"}}`
 * and `{{env "X"}}` replaced, so a Packer user can point the action at the template they already
 * have. template_variables sets variables as Packer's -var does; template_source chooses the
 * builder by name when there are several.
 */





/** A config file is a Packer template when it has a `builders` list. */
function isPackerTemplate(document) {
    return isMap(document) && 'builders' in document;
}
/** `{{user "name"}}` / `{{env "NAME"}}`, with Go's "..." or `...` quotes. */
const packerFunction = /\{\{\s*(user|env)\s+(?:"([^"]*)"|`([^`]*)`)\s*\}\}/g;
/**
 * Reads the template: the chosen builder's options (keys as the action's, Amazon spellings
 * renamed), and the provisioners and post-processors that apply to it. Returns undefined after
 * reporting why the template cannot be used.
 */
function readJsonTemplate(document, reading) {
    const { at, keyAt, env } = reading;
    const template = checkShape(document, at);
    if (template === undefined)
        return undefined;
    const candidates = template.builders
        .filter((builder) => builderTypes.includes(builder.type))
        .map((builder) => ({ type: builder.type, name: builderName(builder), item: builder }));
    if (candidates.length === 0) {
        const found = template.builders.map((builder) => builder.type).join(', ');
        return at.problem(`the Packer template has no builder of type ${builderTypes.join(' or ')} ` +
            `(builders found: ${found})`);
    }
    const chosen = chooseCandidate(candidates, reading.inputs.source, `${builderTypes.join(' / ')} builders`, at, reading.sourceAt);
    if (chosen === undefined)
        return undefined;
    const variables = packer_template_resolveVariables(template, reading);
    const { type: _type, name: _name, ...options } = chosen.item;
    const builderOptions = toBuilderOptions(substitute(options, variables, env, (key) => keyAt(key)), keyAt);
    return {
        builderOptions,
        builder: { type: chosen.type, name: chosen.name },
        provisioners: applyingProvisioners(template, chosen.name, variables, reading),
        postProcessors: applyingPostProcessors(template, chosen.name, reading.file)
    };
}
/** Packer names a builder by its type unless it has a name. */
function builderName(builder) {
    return typeof builder.name === 'string' && builder.name !== '' ? builder.name : builder.type;
}
/** Checks the parts this action reads; other keys (description, min_packer_version...) pass. */
function checkShape(document, at) {
    const bad = (where, expected) => at.problem(`not a Packer template this action can read: ${where} must be ${expected}`);
    if (!isMap(document))
        return bad('the document', 'a map');
    const { variables = {}, builders, provisioners = [] } = document;
    const sensitive = document['sensitive-variables'] ?? [];
    const postProcessors = document['post-processors'] ?? [];
    if (!isMap(variables))
        return bad('variables', 'a map');
    for (const [name, value] of Object.entries(variables)) {
        if (value !== null && typeof value === 'object') {
            return bad(`variables.${name}`, 'a single value (a string, a number, true/false or null)');
        }
    }
    if (!Array.isArray(sensitive) || sensitive.some((name) => typeof name !== 'string')) {
        return bad('sensitive-variables', 'a list of variable names');
    }
    if (!Array.isArray(builders) || builders.length === 0)
        return bad('builders', 'a non-empty list');
    const builderProblem = entriesProblem(builders, 'builders');
    if (builderProblem)
        return bad(...builderProblem);
    if (!Array.isArray(provisioners))
        return bad('provisioners', 'a list');
    const provisionerProblem = entriesProblem(provisioners, 'provisioners');
    if (provisionerProblem)
        return bad(...provisionerProblem);
    if (!Array.isArray(postProcessors))
        return bad('post-processors', 'a list');
    // A post-processor is its type alone, a map with a type, or a list of those (a sequence).
    const flattened = [];
    for (const [index, item] of postProcessors.entries()) {
        const sequence = Array.isArray(item)
            ? item.map((inner, j) => [inner, `post-processors[${index}][${j}]`])
            : [[item, `post-processors[${index}]`]];
        for (const [entry, path] of sequence) {
            if (typeof entry === 'string')
                flattened.push({ type: entry, path, entry: {} });
            else if (isMap(entry) && typeof entry.type === 'string') {
                flattened.push({ type: entry.type, path, entry });
            }
            else
                return bad(path, 'a type name or a map with a type');
        }
    }
    return {
        variables: variables,
        sensitiveVariables: sensitive,
        builders: builders,
        provisioners: provisioners,
        postProcessors: flattened
    };
}
/** [where, expected] for the first entry of a list that is not a map with a string type. */
function entriesProblem(entries, list) {
    const index = entries.findIndex((entry) => !isMap(entry) || typeof entry.type !== 'string');
    if (index < 0)
        return undefined;
    return isMap(entries[index])
        ? [`${list}[${index}].type`, 'a string']
        : [`${list}[${index}]`, 'a map'];
}
/**
 * Variable values: template_variables over the defaults, where Packer allows `{{env "X"}}`. A
 * null value means "must be set" (an error once used). Sensitive values are masked in the log.
 */
function packer_template_resolveVariables(template, reading) {
    const { env, inputs, variablesAt } = reading;
    const variables = {};
    for (const [name, value] of Object.entries(template.variables)) {
        variables[name] =
            value === null
                ? null
                : String(value).replace(packerFunction, (match, fn, double, back) => {
                    if (fn === 'env')
                        return env[double ?? back ?? ''] ?? '';
                    reading.at.problem(`variable "${name}": ${match} cannot be used there, only {{env}}`);
                    return '';
                });
    }
    const declared = Object.keys(template.variables);
    for (const [name, value] of Object.entries(inputs.variables)) {
        if (!declared.includes(name)) {
            variablesAt.problem(`"${name}" is not a variable of the template (variables: ${declared.join(', ') || 'none'})`);
        }
        else if (value !== null && typeof value === 'object') {
            variablesAt
                .child(name)
                .problem(`a JSON template's variables are single values, not a list or map`);
        }
        else {
            variables[name] = String(value);
        }
    }
    for (const name of template.sensitiveVariables) {
        if (variables[name])
            log.secret(variables[name]);
    }
    return variables;
}
/** Replaces {{user}} and {{env}} in every string of a value; other templates are left as they are. */
function substitute(value, variables, env, keyAt, key = '') {
    if (typeof value === 'string') {
        return value.replace(packerFunction, (match, fn, double, back) => {
            const name = double ?? back ?? '';
            if (fn === 'env')
                return env[name] ?? '';
            const variable = variables[name];
            if (variable === undefined) {
                const defined = Object.keys(variables).join(', ') || 'none';
                keyAt(key).problem(`${match}: the template has no variable "${name}" (variables: ${defined})`);
            }
            else if (variable === null) {
                keyAt(key).problem(`${match}: variable "${name}" has no default; set it with the template_variables input`);
            }
            return variable ?? '';
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
/** Packer's only / except name builders: does an entry apply to the chosen one? */
function packer_template_appliesTo(entry, builder) {
    const names = (list) => Array.isArray(list) ? list.filter((name) => typeof name === 'string') : [];
    if (entry.only !== undefined && !names(entry.only).includes(builder))
        return false;
    return !names(entry.except).includes(builder);
}
/** The provisioners that apply to the builder, in template order, with its override merged. */
function applyingProvisioners(template, builder, variables, reading) {
    const provisioners = [];
    for (const [index, entry] of template.provisioners.entries()) {
        if (!packer_template_appliesTo(entry, builder))
            continue;
        const at = `${reading.file} provisioners[${index}]`;
        const { type, only: _only, except: _except, override, ...settings } = entry;
        const overridden = isMap(override) && isMap(override[builder]) ? override[builder] : {};
        const context = (key) => reading.at.child(`provisioners[${index}]${key ? `.${key}` : ''}`);
        provisioners.push({
            type,
            at,
            settings: withTemplateDir(substitute({ ...settings, ...overridden }, variables, reading.env, context), (0,external_node_path_.dirname)(reading.file))
        });
    }
    return provisioners;
}
/** The post-processors that apply to the builder, in template order. */
function applyingPostProcessors(template, builder, file) {
    return template.postProcessors
        .filter(({ entry }) => packer_template_appliesTo(entry, builder))
        .map(({ type, path }) => ({ type, at: `${file} ${path}` }));
}
/**
 * `{{template_dir}}`: the template's directory, which templates use to name their scripts and
 * files (https://developer.hashicorp.com/packer/docs/templates/legacy_json_templates/engine).
 */
function withTemplateDir(value, dir) {
    if (typeof value === 'string') {
        return value.replace(/\{\{\s*template_dir\s*\}\}/g, dir);
    }
    if (Array.isArray(value))
        return value.map((item) => withTemplateDir(item, dir));
    if (isMap(value)) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withTemplateDir(item, dir)]));
    }
    return value;
}

;// CONCATENATED MODULE: ./src/config/config-file.ts
/**
 * config_file: a YAML (or JSON) file holding the same keys as the inputs, a Packer JSON template
 * whose builder is osc-chroot / outscale-chroot, or a Packer HCL2 template (a .pkr.hcl file or a
 * directory of them) with such a source.
 */







const unreadable = { options: {}, unreadable: true };
/** Inputs that only say how to read the config file, so never appear inside one. */
const inputOnlyKeys = [configFileInput, templateVariablesInput, templateSourceInput];
/**
 * Reads the options of a config file. `path` is as the user gave it (relative to the
 * workspace); problems name it.
 */
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
    const absolute = (0,external_node_path_.resolve)(workspace, path);
    let template;
    let values;
    if (path.endsWith('.pkr.json')) {
        fileAt.problem(`${show(path)}: HCL2 templates in JSON syntax (.pkr.json) cannot be read; use the ` +
            `.pkr.hcl form, a Packer JSON template (with builders) or a YAML config file`);
        return unreadable;
    }
    if (path.endsWith('.hcl') || isDirectory(absolute)) {
        template = readHclTemplate(absolute, workspace, reading);
        values = template?.builderOptions;
    }
    else {
        let content;
        try {
            content = (0,external_node_fs_.readFileSync)(absolute, 'utf8');
        }
        catch (error) {
            const reason = error.code ?? String(error);
            fileAt.problem(`cannot read ${show(path)} (in ${workspace}): ${reason}`);
            return unreadable;
        }
        const document = parseDocument(content, fileAt);
        if (isPackerTemplate(document)) {
            template = readJsonTemplate(document, reading);
            values = template?.builderOptions;
        }
        else {
            values = document;
        }
    }
    if (values === undefined)
        return unreadable;
    if (!isMap(values)) {
        fileAt.problem(`${show(path)} must hold a map of option names to values, e.g. omi_name: app`);
        return unreadable;
    }
    if (template === undefined)
        checkTemplateInputsUnused(templateInputs, reading);
    for (const key of inputOnlyKeys.filter((name) => name in values)) {
        keyAt(key).problem('can only be given as an input, not inside a config file');
    }
    const entries = Object.entries(values).filter(([key]) => !inputOnlyKeys.includes(key));
    return { options: toRawOptions(entries, origin, keyAt), template };
}
/** template_variables and template_source mean nothing for a YAML config file. */
function checkTemplateInputsUnused(inputs, reading) {
    const why = 'only a Packer template given as config_file has variables and sources';
    if (Object.keys(inputs.variables).length > 0)
        reading.variablesAt.problem(`unused: ${why}`);
    if (inputs.source !== '')
        reading.sourceAt.problem(`unused: ${why}`);
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * A Packer template is read as JSON (its null variable defaults and numbers matter); anything
 * else as YAML with string scalars, like every other value.
 */
function parseDocument(content, fileAt) {
    try {
        const json = JSON.parse(content);
        if (isPackerTemplate(json))
            return json;
    }
    catch {
        // Not JSON: YAML below.
    }
    try {
        return parseYaml(content);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        return fileAt.problem(`is not valid YAML or JSON: ${reason}`);
    }
}

;// CONCATENATED MODULE: ./src/config/osc-environment.ts
/**
 * Credentials, region, endpoint and client certificate from where Outscale's own tools look for
 * them: the OSC_* environment variables (else the deprecated OUTSCALE_* ones) and a profile of
 * ~/.osc/config.json ($OSC_CONFIG_FILE overrides the path), with the names osc-sdk-go reads
 * (OSC_X509_CLIENT_CERT, profile key x509_client_cert, ...).
 *
 * Between the two, a profile named explicitly (the profile option or OSC_PROFILE) wins: the user
 * asked for it by name. Otherwise the variables win over the file's "default" profile, as in
 * Outscale's configuration spec.
 */




/** The environment variables Outscale's tools read, and the option each one sets. */
const environmentVariables = {
    OSC_ACCESS_KEY: 'access_key',
    OSC_SECRET_KEY: 'secret_key',
    OSC_REGION: 'region',
    OSC_ENDPOINT_API: 'custom_endpoint_oapi',
    OSC_X509_CLIENT_CERT: 'x509_cert_path',
    OSC_X509_CLIENT_KEY: 'x509_key_path'
};
/**
 * The names older pipelines still export (Packer's outscale plugin reads them after the OSC_*
 * ones, with a deprecation warning: reference/packer-osc-chroot.md), and their replacement.
 */
const deprecatedVariables = {
    OUTSCALE_ACCESSKEYID: 'OSC_ACCESS_KEY',
    OUTSCALE_SECRETKEYID: 'OSC_SECRET_KEY',
    OUTSCALE_REGION: 'OSC_REGION',
    OUTSCALE_OAPI_URL: 'OSC_ENDPOINT_API',
    OUTSCALE_X509CERT: 'OSC_X509_CLIENT_CERT',
    OUTSCALE_X509KEY: 'OSC_X509_CLIENT_KEY'
};
/** A JSON string, as the profile's values must be (a number is no key, no region). */
const jsonString = (raw, at) => typeof raw === 'string' ? raw : at.problem('must be a string');
/** The keys of a profile that hold options; the others (protocol, method, ...) are not ours. */
const profileFields = {
    access_key: jsonString,
    secret_key: jsonString,
    region: jsonString,
    x509_client_cert: jsonString,
    x509_client_key: jsonString,
    endpoints: ((raw, at) => isMap(raw)
        ? fields({ api: jsonString })(pick(raw, ['api']), at)
        : at.problem('must be a map of service names to endpoints'))
};
/** Only the keys we read: a profile holds others that are no concern of ours. */
function pick(raw, keys) {
    return Object.fromEntries(Object.entries(raw).filter(([key]) => keys.includes(key)));
}
const readProfileFields = fields(profileFields);
/** The profile name to use: the profile option if set, else OSC_PROFILE, else none. */
function chooseProfile(fromOptions, env) {
    if (fromOptions !== undefined)
        return fromOptions;
    return env.OSC_PROFILE ? { raw: env.OSC_PROFILE, origin: 'OSC_PROFILE' } : undefined;
}
/**
 * The environment variables and the profile, as two sources in precedence order. `profile` is the
 * profile chosen by name (see chooseProfile); without one the "default" profile is read if present.
 */
function oscEnvironmentSources(env, homeDir, profile, findings) {
    const fromVariables = readEnvironmentVariables(env, findings);
    const path = env.OSC_CONFIG_FILE || (0,external_node_path_.join)(homeDir, '.osc', 'config.json');
    if (profile === undefined) {
        return [fromVariables, readProfile(path, 'default', undefined, findings)];
    }
    const name = typeof profile.raw === 'string' ? profile.raw : '';
    return [readProfile(path, name, profile, findings), fromVariables];
}
/**
 * The OSC_* variables, each else its deprecated OUTSCALE_* name (with a warning naming both
 * variables, never the value). When both are set, the OSC_* one is used.
 */
function readEnvironmentVariables(env, findings) {
    const entries = Object.entries(environmentVariables).map(([variable, option]) => {
        const deprecated = Object.keys(deprecatedVariables).find((name) => deprecatedVariables[name] === variable);
        const fromDeprecated = deprecated !== undefined && !!env[deprecated];
        const warn = (message) => {
            findings.warnings.push(`${deprecated}: ${message}`);
        };
        if (env[variable]) {
            if (fromDeprecated)
                warn(`ignored, ${variable} is set too; remove ${deprecated}`);
            return { variable, option, value: env[variable] };
        }
        if (!fromDeprecated)
            return { variable, option, value: '' };
        warn(`deprecated; set ${variable} instead (it is read the same way)`);
        return { variable: deprecated, option, value: env[deprecated] };
    });
    const sources = entries.map(({ variable, option, value }) => toRawOptions([[option, value ?? '']], variable, (key) => new ValueContext(key, findings, variable)));
    return Object.assign({}, ...sources);
}
/**
 * One profile of the config file. A profile chosen by name (`chosen`) must exist; the implicit
 * "default" one may be missing, and a broken file is then only a warning.
 */
function readProfile(path, name, chosen, findings) {
    const at = new ValueContext('profile', findings, chosen?.origin);
    const report = (message) => {
        if (chosen)
            at.problem(message);
        else
            at.warning(`${message}; the file is ignored`);
        return {};
    };
    if (!(0,external_node_fs_.existsSync)(path)) {
        return chosen ? report(`"${name}" is set but ${path} does not exist`) : {};
    }
    let document;
    try {
        document = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        return report(`${path} is not valid JSON: ${error instanceof Error ? error.message : error}`);
    }
    if (!isMap(document))
        return report(`${path} must hold a map of profile names to profiles`);
    if (!(name in document)) {
        const names = Object.keys(document).join(', ') || 'none';
        return chosen ? report(`no profile "${name}" in ${path} (profiles there: ${names})`) : {};
    }
    const shape = { problems: [], warnings: [] };
    const profile = document[name];
    const parsed = isMap(profile)
        ? readProfileFields(pick(profile, Object.keys(profileFields)), new ValueContext('', shape))
        : new ValueContext('', shape).problem('must be a map');
    if (parsed === undefined) {
        // "access_key: must be a string" from the context's key; the profile is named by report().
        const first = (shape.problems[0] ?? '').replace(/^\.?([^:]*): /, '$1 ');
        return report(`profile "${name}" in ${path}: ${first.trim()}`);
    }
    const origin = `profile "${name}" in ${path}`;
    return toRawOptions([
        ['access_key', parsed.access_key ?? ''],
        ['secret_key', parsed.secret_key ?? ''],
        ['region', parsed.region ?? ''],
        ['custom_endpoint_oapi', parsed.endpoints?.api ?? ''],
        ['x509_cert_path', parsed.x509_client_cert ?? ''],
        ['x509_key_path', parsed.x509_client_key ?? '']
    ], origin, (key) => new ValueContext(key, findings, origin));
}

;// CONCATENATED MODULE: ./src/config/sources.ts
/**
 * Where each option's value comes from, highest first: action inputs > config_file > the OSC_*
 * environment variables and the ~/.osc/config.json profile > defaults (applied later, in
 * defaults.ts). An input left empty means "not set", so it never hides a lower source.
 */






/** access_key and secret_key always come as a pair from the same source. */
const credentialOptions = ['access_key', 'secret_key'];
/** Chooses, for every option that some source sets, the raw value of the highest source. */
function resolveOptions(sources, findings) {
    const inputs = toRawOptions([...optionNames, ...Object.keys(aliases)].map((name) => [name, sources.getInput(name)]), 'input', (key) => new ValueContext(key, findings));
    const configFile = sources.getInput(configFileInput);
    const templateInputs = readTemplateInputs(sources.getInput, findings);
    const file = configFile
        ? readConfigFile(configFile, sources.workspace, sources.env, templateInputs, findings)
        : undefined;
    if (file?.unreadable)
        return { raw: {}, configFileUnreadable: true };
    const fromFile = file?.options ?? {};
    if (!configFile) {
        for (const name of [templateVariablesInput, templateSourceInput]) {
            if (sources.getInput(name).trim() !== '') {
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
        const source = ranked.find((candidate) => candidate[name] !== undefined);
        if (source !== undefined)
            chosen[name] = source[name];
    }
    chosen.profile = profile;
    Object.assign(chosen, chooseCredentials(ranked, findings));
    for (const [name, found] of Object.entries(chosen)) {
        if (found !== undefined)
            log.debug(`${name}: from ${found.origin}`);
    }
    return {
        raw: chosen,
        template: file?.template,
        configFileUnreadable: file?.unreadable === true
    };
}
/** The key pair of the highest source that sets either key; both must then be set there. */
function chooseCredentials(ranked, findings) {
    const source = ranked.find((candidate) => candidate.access_key || candidate.secret_key);
    if (source === undefined) {
        findings.problems.push('access_key, secret_key: no credentials found; set the access_key and secret_key inputs ' +
            '(from secrets), the OSC_ACCESS_KEY and OSC_SECRET_KEY environment variables, or a ' +
            'profile in ~/.osc/config.json');
        return {};
    }
    const { access_key, secret_key } = source;
    if (access_key === undefined || secret_key === undefined) {
        const [missing, given, found] = access_key
            ? ['secret_key', 'access_key', access_key]
            : ['access_key', 'secret_key', secret_key];
        const where = found?.origin === 'input' ? 'the action inputs' : found?.origin;
        findings.problems.push(`${missing}: not set, while ${given} is set in ${where}; set both there, or neither`);
    }
    return { access_key, secret_key };
}

// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __webpack_require__(6591);
;// CONCATENATED MODULE: ./src/config/mount-path.ts
/**
 * Where a build may mount the image. Mounting over a directory the runner's system lives in (or
 * over one of its parents) hides it from every process on the runner, and the cleanup would
 * then aim at the runner's own files: such a mount_path is refused before anything is created.
 */

/** Directories a mount_path may not be, nor be a parent of (mounting there hides them). */
const SYSTEM_DIRECTORIES = [
    '/proc',
    '/sys',
    '/dev',
    '/run',
    '/boot',
    '/usr',
    '/etc',
    '/var',
    '/bin',
    '/sbin',
    '/lib',
    '/lib32',
    '/lib64',
    '/home',
    '/root',
    '/tmp',
    '/opt',
    '/srv'
];
/**
 * Directories a mount_path may not lie inside either: trees the kernel or the package manager
 * own (/usr/local included). /var, /home, /tmp, /opt and /srv hold the runner's own data and
 * work directories, where a subdirectory is a fine mount point.
 */
const SYSTEM_TREES = [
    '/proc',
    '/sys',
    '/dev',
    '/run',
    '/boot',
    '/usr',
    '/etc',
    '/bin',
    '/sbin',
    '/lib',
    '/lib32',
    '/lib64'
];
const isWithin = (path, dir) => path.startsWith(`${dir}/`);
/** Why this absolute mount path is refused, or undefined when it is acceptable. */
function whyUnsafeMountPath(mountPath) {
    if (!external_node_path_.posix.isAbsolute(mountPath)) {
        return 'is a relative path; use an absolute one such as /mnt/osc-chroot/{{.Device}}';
    }
    const path = external_node_path_.posix.normalize(mountPath).replace(/(.)\/+$/, '$1');
    if (path === '/')
        return "is the root of the runner's own file system";
    const contained = SYSTEM_DIRECTORIES.find((dir) => dir === path || isWithin(dir, path));
    if (contained) {
        return contained === path
            ? `is the system directory ${contained}`
            : `contains the system directory ${contained}`;
    }
    const tree = SYSTEM_TREES.find((dir) => isWithin(path, dir));
    if (tree)
        return `is inside the system directory ${tree}`;
    return undefined;
}
const mountPathAdvice = 'use a directory of its own, such as /mnt/osc-chroot/{{.Device}} (the default); ' +
    `not ${SYSTEM_DIRECTORIES.join(', ')} or a parent of one, nor inside ${SYSTEM_TREES.join(', ')}`;

;// CONCATENATED MODULE: ./src/host/command-wrapper.ts
/**
 * command_wrapper, read the one safe way: {{.Command}} becomes `"$@"` and the argument vector is
 * passed as the shell's positional parameters, so the wrapper's shell never reads an argument as
 * shell text. Where {{.Command}} sits inside quotes that cannot work, and the wrapper is refused.
 */


/** Matches the placeholder in every spelling render() accepts: {{.Command}}, {{ .Command }}, {{Command}}. */
const COMMAND_PLACEHOLDER = /\{\{-?\s*\.?Command\s*-?\}\}/g;
/** Whether position `index` of the wrapper lies inside '...' or "..." (a plain sh reading). */
function quotingContextAt(wrapper, index) {
    let context = 'none';
    for (let i = 0; i < index; i++) {
        const c = wrapper[i];
        if (context === 'single') {
            if (c === "'")
                context = 'none';
        }
        else if (c === '\\') {
            i++;
        }
        else if (context === 'double') {
            if (c === '"')
                context = 'none';
        }
        else if (c === "'") {
            context = 'single';
        }
        else if (c === '"') {
            context = 'double';
        }
    }
    return context;
}
/**
 * What is wrong with a command_wrapper, or undefined. {{.Command}} must appear, and never inside
 * quotes: `sh -c '{{.Command}}'` or `sudo sh -c 'exec sh -c "{{.Command}}"'` make a shell read
 * the command as text again, so a path or value chosen by the image could run on the host.
 */
function commandWrapperProblem(commandWrapper) {
    const shown = JSON.stringify(commandWrapper);
    const placeholders = [...commandWrapper.matchAll(COMMAND_PLACEHOLDER)];
    if (placeholders.length === 0) {
        return `command_wrapper ${shown} does not contain {{.Command}}; write it like 'sudo {{.Command}}'.`;
    }
    if (commandInQuotes(commandWrapper)) {
        return (`command_wrapper ${shown} puts {{.Command}} inside quotes, where a shell would read the ` +
            `command as text again. Write {{.Command}} unquoted, as a word of its own ` +
            `(e.g. 'sudo {{.Command}}' or 'sudo -n {{.Command}}'): the command is passed as separate ` +
            `arguments ("$@"); to go through a shell, write: sh -c 'exec "$@"' sh {{.Command}}`);
    }
    return undefined;
}
/** Whether some {{.Command}} of the wrapper lies inside '...' or "...". */
function commandInQuotes(commandWrapper) {
    return [...commandWrapper.matchAll(COMMAND_PLACEHOLDER)].some((match) => quotingContextAt(commandWrapper, match.index) !== 'none');
}
function wrapCommand(commandWrapper, argv) {
    const problem = commandWrapperProblem(commandWrapper);
    if (problem)
        throw new Error(problem);
    return {
        file: '/bin/sh',
        args: ['-c', render(commandWrapper, { Command: '"$@"' }, 'command_wrapper'), 'sh', ...argv],
        display: render(commandWrapper, { Command: (0,shell_quote.quote)(argv) }, 'command_wrapper')
    };
}

;// CONCATENATED MODULE: ./src/config/validate.ts
/**
 * The rules that involve more than one option (a single value's rules live in its parser):
 * Packer's mode rules and what Packer forgot to check. A rule whose options could not be read is
 * skipped, so one mistake is not reported again as a consequence. Packer's rules are in its
 * Prepare: https://github.com/outscale/packer-plugin-outscale/blob/35975cea494085e64650ad8bf3d23aa54a7729fc/builder/chroot/builder.go
 */








/** Adds the problems and warnings of every cross-option rule to findings. */
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
/** True when the run only sweeps orphans: cleanup_orphans is set and there is nothing to build. */
function sweepsOnly(config) {
    return config.cleanupOrphans > 0 && config.omiName === '';
}
function hasSource(config) {
    return config.fromScratch || config.sourceOmi !== '' || config.sourceOmiFilter !== undefined;
}
/**
 * omi_name is what makes a run a build. Without it, cleanup_orphans alone is a valid run (a
 * sweep), unless a source is set: then the user meant to build and forgot the name.
 */
function checkRequired({ config, parsed, readable, problem }) {
    if (parsed.values.omi_name !== undefined || !readable('omi_name'))
        return;
    if (config.cleanupOrphans > 0 && !hasSource(config))
        return;
    const sweepHint = config.cleanupOrphans > 0 ? ' (to only sweep orphans, leave the source options unset)' : '';
    problem('omi_name', `required; e.g. omi_name: "app-{{timestamp}}"${sweepHint}`);
}
/** Without from_scratch, the source OMI must be named, or searched for among trusted owners. */
function checkSource({ config, readable, problem, warning }) {
    if (!readable('from_scratch', 'source_omi', 'source_omi_filter') || sweepsOnly(config))
        return;
    const filter = config.sourceOmiFilter;
    const hasFilter = filter !== undefined && (Object.keys(filter.filters).length > 0 || filter.owners.length > 0);
    if (config.fromScratch) {
        if (config.sourceOmi || filter) {
            warning('source_omi', 'source_omi and source_omi_filter are unused when from_scratch is true');
        }
        return;
    }
    if (!config.sourceOmi && !hasFilter) {
        problem('source_omi', 'required: set source_omi (an OMI id), source_omi_filter (filters and owners), ' +
            'or from_scratch: true');
    }
    else if (!config.sourceOmi && filter?.owners.length === 0) {
        problem('source_omi_filter.owners', 'required when the source OMI is chosen by filters alone, since anyone can publish an OMI ' +
            'with a matching name; list the accounts you trust, e.g. owners: [Outscale] or a ' +
            '12-digit account id');
    }
}
/** from_scratch builds the volume from nothing, so Packer requires what describes it. */
function checkFromScratch(rules) {
    const { config, readable, problem, warning } = rules;
    if (!readable('from_scratch'))
        return;
    const mappings = config.omiBlockDeviceMappings;
    if (!config.fromScratch) {
        if (config.rootDeviceName) {
            warning('root_device_name', `unused when from_scratch is false (the root is the source's, ${outscaleRootDevice})`);
        }
        if (readable('omi_block_device_mappings'))
            checkSourceMappings(rules);
        return;
    }
    if (readable('omi_block_device_mappings', 'root_device_name')) {
        checkDataDisks(rules, config.rootDeviceName, false);
    }
    if (config.rootVolumeSize === 0 && readable('root_volume_size')) {
        problem('root_volume_size', 'required with from_scratch: the size of the new volume in GiB');
    }
    if (config.preMountCommands.length === 0 && readable('pre_mount_commands')) {
        problem('pre_mount_commands', 'required with from_scratch: commands that partition and format {{.Device}}');
    }
    if (mappings.length === 0 && readable('omi_block_device_mappings')) {
        problem('omi_block_device_mappings', 'required with from_scratch: at least the root device, e.g. ' +
            '[{device_name: /dev/sda1, volume_size: 10, volume_type: gp2}]');
    }
    if (!readable('root_device_name'))
        return;
    if (config.rootDeviceName === '') {
        problem('root_device_name', 'required with from_scratch: the root device of the OMI (/dev/sda1 on Outscale)');
        return;
    }
    const names = mappings.map((mapping) => mapping.deviceName);
    if (mappings.length > 0 && !names.includes(config.rootDeviceName)) {
        problem('root_device_name', `${show(config.rootDeviceName)} is not the device_name of any omi_block_device_mappings ` +
            `entry (${names.map((name) => show(name)).join(', ')})`);
    }
    if (config.rootDeviceName !== '/dev/sda1') {
        warning('root_device_name', `${show(config.rootDeviceName)}: Outscale expects /dev/sda1 for the root device`);
    }
}
/** The root device of every OMI on Outscale (oapi-facts.md, "Defining Block Device Mappings"). */
const outscaleRootDevice = '/dev/sda1';
/** What CreateImage and LinkVolume accept for a device that is not the root. */
const dataDiskName = /^\/dev\/(sd|xvd)[b-z][a-z]?$/;
/**
 * Every entry but the root must carry a data disk's name, and describe a disk: its size or its
 * snapshot. The root's entry needs neither with a source (its snapshot is the build's, its size
 * at least the source's); from scratch it is a disk like the others.
 */
function checkDataDisks({ config, problem }, rootDevice, fromSource) {
    config.omiBlockDeviceMappings.forEach((mapping, index) => {
        const root = [rootDevice, outscaleRootDevice].includes(mapping.deviceName);
        const describesDisk = !mapping.noDevice && mapping.virtualName === undefined;
        const sized = mapping.volumeSize !== undefined || mapping.snapshotId !== undefined;
        if (describesDisk && !sized && !(root && fromSource)) {
            problem(`omi_block_device_mappings[${index}]`, 'needs volume_size (GiB) or snapshot_id (or no_device: true to drop the device)');
        }
        if (root || dataDiskName.test(mapping.deviceName))
            return;
        problem(`omi_block_device_mappings[${index}].device_name`, `${show(mapping.deviceName)} is not a device name OAPI accepts for a data disk; use ` +
            `/dev/xvd or /dev/sd followed by a letter from b to z and an optional second letter ` +
            `(e.g. /dev/xvdb), or ${outscaleRootDevice} for the root device`);
    });
}
/**
 * With a source, the entries are merged into the source's mappings by device name (as
 * amazon-chroot lets ami_block_device_mappings change them): the root entry may change the root
 * volume's size, type, IOPS and deletion flag, but never its snapshot, which is the build's.
 */
function checkSourceMappings(rules) {
    const { config, parsed, problem, warning } = rules;
    const rootVolumeSize = parsed.values.root_volume_size ?? 0;
    checkDataDisks(rules, outscaleRootDevice, true);
    config.omiBlockDeviceMappings.forEach((mapping, index) => {
        if (mapping.deviceName !== outscaleRootDevice)
            return;
        const at = `omi_block_device_mappings[${index}]`;
        if (mapping.snapshotId !== undefined) {
            problem(`${at}.snapshot_id`, `${show(mapping.snapshotId)} on the root device ${outscaleRootDevice}: the root always ` +
                "gets the build's new snapshot; remove snapshot_id from this entry");
        }
        if (mapping.noDevice || mapping.virtualName !== undefined) {
            problem(at, `the root device ${outscaleRootDevice} cannot be dropped or made ephemeral (no_device, ` +
                'virtual_name); remove those keys from this entry');
        }
        const size = mapping.volumeSize;
        if (size !== undefined && rootVolumeSize > 0 && size !== rootVolumeSize) {
            warning(`${at}.volume_size`, `${size} differs from root_volume_size ${rootVolumeSize}; the root volume gets ` +
                `the larger, ${Math.max(size, rootVolumeSize)} GiB`);
        }
    });
}
function checkRootVolume({ config, findings, readable }) {
    if (!readable('root_volume_type', 'root_volume_iops', 'root_volume_size'))
        return;
    checkIops({
        type: config.rootVolumeType || undefined,
        iops: config.rootVolumeIops || undefined,
        size: config.rootVolumeSize || undefined
    }, new ValueContext('root_volume_iops', findings), { type: 'root_volume_type', size: 'root_volume_size' });
}
/** Region names look like eu-west-2 or cloudgouv-eu-west-1; skip_region_validation allows others. */
function checkRegion({ config, problem }) {
    if (config.region === '' || config.skipRegionValidation)
        return;
    if (!/^[a-z]+(-[a-z]+)+-\d+$/.test(config.region)) {
        problem('region', `${show(config.region)} does not look like an Outscale region (e.g. eu-west-2); ` +
            `set skip_region_validation: true to use it anyway`);
    }
}
/** The options that are maps of tags. */
function tagOptions(config) {
    return [
        ['tags', config.tags],
        ['snapshot_tags', config.snapshotTags],
        ['root_volume_tags', config.rootVolumeTags]
    ];
}
/**
 * Templates rendered at run time are checked now, with the variables they will have, so a typo
 * fails before any resource exists.
 */
function checkTemplates({ config, findings, problem }) {
    const check = (field, value) => {
        let variables = templateVariables[field];
        if (config.fromScratch)
            variables = variables.filter((name) => !sourceOmiVariables.includes(name));
        try {
            checkTemplate(value, variables, field);
        }
        catch (error) {
            findings.problems.push(error instanceof Error ? error.message : String(error));
        }
    };
    check('command_wrapper', config.commandWrapper);
    check('mount_path', config.mountPath);
    config.preMountCommands.forEach((command) => check('pre_mount_commands', command));
    config.postMountCommands.forEach((command) => check('post_mount_commands', command));
    config.provisionHostCommands.forEach((command) => check('provision_host_commands', command));
    check('omi_description', config.omiDescription);
    for (const [field, tags] of tagOptions(config)) {
        for (const [key, value] of Object.entries(tags)) {
            check(field, key);
            check(field, value);
        }
    }
    const marker = '\u0000command\u0000';
    try {
        if (!render(config.commandWrapper, { Command: marker }, 'command_wrapper').includes(marker)) {
            problem('command_wrapper', `${show(config.commandWrapper)} must contain {{.Command}}, e.g. "sudo {{.Command}}"`);
        }
        else if (commandInQuotes(config.commandWrapper)) {
            problem('command_wrapper', `${show(config.commandWrapper)} puts {{.Command}} inside quotes, where a shell would read ` +
                `the command as text again (a path chosen by the image could then run on the host). ` +
                `Write {{.Command}} as a word of its own, e.g. "sudo {{.Command}}": the command is ` +
                `passed as separate arguments ("$@"). To go through a shell: sh -c 'exec "$@"' sh {{.Command}}`);
        }
    }
    catch {
        // Reported by the check above.
    }
}
/**
 * mount_path is free text: `/`, a system directory or a relative path (Packer resolved it against
 * the working directory, which on a runner is the workspace) would have the build mount over, and
 * its cleanup unmount, what is not its own. Checked rendered with a device name, as it will be used.
 */
function checkMountPathIsSafe({ config, readable, problem }) {
    if (!readable('mount_path'))
        return;
    let rendered;
    try {
        rendered = render(config.mountPath, { Device: 'xvdf' }, 'mount_path');
    }
    catch {
        return; // reported by checkTemplates
    }
    const why = whyUnsafeMountPath(rendered);
    if (why)
        problem('mount_path', `${show(config.mountPath)} ${why}: ${mountPathAdvice}`);
}
/**
 * The build tags its temporary resources osc-chroot:build-id and osc-chroot:created-at (see
 * buildTags in src/pipeline/context.ts), and the orphan sweep deletes old resources carrying them:
 * a user tag under that prefix could make a product look like an orphan.
 */
function checkReservedTags({ config, problem }) {
    for (const [field, tags] of tagOptions(config)) {
        for (const key of Object.keys(tags).filter((name) => name.startsWith('osc-chroot:'))) {
            problem(field, `${show(key)}: tag keys starting with "osc-chroot:" are reserved for the tags the build ` +
                'puts on its temporary resources (the orphan sweep relies on them); choose another key');
        }
    }
}
/**
 * Characters a POSIX shell reads literally in an unquoted word. A mount path made of others
 * (space, quotes, $, `, ;, ...) would be read as code where {{.MountPath}} is pasted.
 */
const plainShellWord = /^[A-Za-z0-9/._+,:@%=-]+$/;
/**
 * post_mount_commands and provision_host_commands are shell text into which {{.MountPath}} is
 * pasted as it is (as in Packer), so that users can write `{{.MountPath}}/etc`. The build itself
 * never passes the mount path through a shell; these commands would.
 */
function checkMountPathInCommands({ config, problem }) {
    const marker = 'MOUNTPATH';
    const usesMountPath = (field, command) => {
        try {
            return render(command, { Device: '', MountPath: marker }, field).includes(marker);
        }
        catch {
            return false; // reported by checkTemplates
        }
    };
    const users = [
        ...config.postMountCommands.map((command) => ['post_mount_commands', command]),
        ...config.provisionHostCommands.map((command) => ['provision_host_commands', command])
    ].filter(([field, command]) => usesMountPath(field, command));
    if (users.length === 0)
        return;
    let mountPath;
    try {
        mountPath = render(config.mountPath, { Device: 'xvdf' }, 'mount_path');
    }
    catch {
        return; // reported by checkTemplates
    }
    if (plainShellWord.test(mountPath))
        return;
    problem('mount_path', `${show(config.mountPath)} holds characters a shell would interpret (such as spaces, quotes, ` +
        `$, \` or ;), and ${users[0][0]} pastes {{.MountPath}} into shell text unquoted: use a ` +
        'mount_path of letters, digits and / . _ - only');
}
/** provision_shell is a program and its options, split as a shell would but never run by one. */
function checkProvisionShell({ config, problem }) {
    const words = (0,shell_quote.parse)(config.provisionShell);
    if (words.length === 0 || words.some((word) => typeof word !== 'string')) {
        problem('provision_shell', `${show(config.provisionShell)} is not a program and its options (no pipes, ;, &&, ` +
            'redirections or globs), e.g. "/bin/sh -e" or "/bin/bash -eux"');
    }
}
function checkProvisioningFiles({ config, problem, workspace }) {
    for (const script of config.provisionScripts) {
        if (!(0,external_node_fs_.existsSync)(script))
            problem('provision_scripts', `${show(script)} does not exist`);
        else if (!isFile(script))
            problem('provision_scripts', `${show(script)} is not a file`);
    }
    for (const file of config.provisionFiles) {
        if (file.direction === 'download') {
            if (!insideDirectory(file.destination, workspace)) {
                problem('provision_files', `destination ${show(file.destination)} of a download is outside the workspace ` +
                    `(${workspace}); downloads are written into it only`);
            }
        }
        else if (!(0,external_node_fs_.existsSync)(file.source)) {
            problem('provision_files', `source ${show(file.source)} does not exist`);
        }
        else if (!isFileOrDirectory(file.source)) {
            problem('provision_files', `source ${show(file.source)} is not a file or a directory (a device, fifo or socket ` +
                'cannot be copied)');
        }
    }
}
/**
 * x509_cert_path and x509_key_path go together, and name files this process can read: found
 * missing now rather than as a TLS failure at the first API call. Only the paths are shown.
 */
function checkClientCertificate({ config, parsed, readable, problem }) {
    const pair = config.clientCertificate;
    if (pair === undefined || !readable('x509_cert_path', 'x509_key_path'))
        return;
    const files = [
        ['x509_cert_path', pair.certPath],
        ['x509_key_path', pair.keyPath]
    ];
    for (const [option, path] of files) {
        if (path === '') {
            const [other] = files.find(([name]) => name !== option);
            problem(option, `not set, while ${other} is (${show(parsed.values[other])}): a client certificate ` +
                'needs both the certificate and its private key');
        }
        else if (!isFile(path)) {
            problem(option, `${show(path)} ${(0,external_node_fs_.existsSync)(path) ? 'is not a file' : 'does not exist'}`);
        }
        else if (!isReadable(path)) {
            problem(option, `${show(path)} cannot be read by this process (check its permissions)`);
        }
    }
}
function isReadable(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.R_OK);
        return true;
    }
    catch {
        return false;
    }
}
function isFile(path) {
    return (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
function isFileOrDirectory(path) {
    const stats = (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false });
    return (stats?.isFile() || stats?.isDirectory()) ?? false;
}
function checkUnusedOptions({ config, parsed, warning }) {
    if (config.forceDeleteSnapshot && !config.forceDeregister) {
        warning('force_delete_snapshot', 'has no effect without force_deregister: true');
    }
    const partition = parsed.values.mount_partition;
    if (config.omiVirtualizationType === 'paravirtual' &&
        partition !== undefined &&
        partition !== '0') {
        warning('mount_partition', `${show(partition)} is ignored: a paravirtual image is mounted as the whole device`);
    }
}

;// CONCATENATED MODULE: ./src/config/describe.ts
/** The resolved configuration as a user reads it in the log: Packer's key names, no secrets. */


/** Maps whose keys are the user's (tags) or OAPI's (filters): shown as they are. */
const keptAsWritten = new Set(['tags', 'snapshot_tags', 'root_volume_tags', 'filters']);
function snakeCase(name) {
    return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
/** Renames BuildConfig's camelCase keys, at every depth, back to the option names users write. */
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
/**
 * YAML of the configuration. No credential is shown: the access key only by its last four
 * characters (enough to tell which key a build used), the secret key only as set or not, and
 * provision_env only by its names, since its values may be tokens (and a template's provisioners
 * only by their type and place).
 */
function describeConfig(config) {
    const { credentials, provisionEnv, templateProvisioners, ...rest } = config;
    const shown = {
        access_key: credentials.accessKey
            ? `(set, ends with ${credentials.accessKey.slice(-4)})`
            : '(not set)',
        secret_key: credentials.secretKey ? '(set)' : '(not set)',
        ...withOptionNames(rest),
        provision_env: Object.keys(provisionEnv).map((name) => `${name}=(set)`),
        // Their variables may hold tokens, like provision_env: where each is, not what it holds.
        template_provisioners: templateProvisioners.map((provisioner) => `${provisioner.type} (${provisioner.at})`)
    };
    return dist.stringify(shown, { lineWidth: 0 }).trimEnd();
}

;// CONCATENATED MODULE: ./src/config/index.ts
/**
 * The configuration of a build: action inputs, config_file, the OSC_* environment and the
 * ~/.osc/config.json profile, and defaults, turned into one validated BuildConfig. Every problem
 * is found before anything else happens and all of them are reported together.
 */








/** Everything wrong with a configuration; the message lists every problem. */
class ConfigError extends Error {
    problems;
    constructor(problems) {
        const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
        super(`The configuration has ${count}:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
        this.name = 'ConfigError';
        this.problems = problems;
    }
}
/**
 * Reads and validates the configuration. Throws ConfigError listing every problem; warnings (for
 * options that have no effect, renamed spellings, ...) do not stop the build.
 */
function loadConfig(sources) {
    const findings = { problems: [], warnings: [] };
    const { raw, template, configFileUnreadable } = resolveOptions(sources, findings);
    // Without the file, "omi_name: required" and the like would only repeat its problem.
    if (configFileUnreadable)
        throw new ConfigError(findings.problems);
    // Packer's build_name and build_type template functions name the template's builder.
    useBuildIdentity(template?.builder);
    const parsed = parseOptions(raw, findings);
    const config = toBuildConfig(parsed.values, sources.workspace);
    config.templateProvisioners = templateProvisioners(template, parsed.values, {
        findings,
        workspace: sources.workspace,
        env: sources.env,
        buildName: template?.builder.name ?? 'osc-chroot'
    });
    validateConfig(config, parsed, findings, sources.workspace);
    if (findings.problems.length > 0)
        throw new ConfigError(findings.problems);
    return { config, warnings: findings.warnings };
}

;// CONCATENATED MODULE: ./src/pipeline/identity.ts
/**
 * Where a build's files live and how it is named, from the runner's environment. The build id
 * is tagged on every temporary resource and names the journal, so the post step (which gets the
 * journal's path through the saved state) and an orphan sweep can both find what a build made.
 */



/** The saved-state key under which the post step finds the journal of this build. */
const identity_JOURNAL_STATE = 'journal';
/** run-<run id>-<attempt>-<8 hex>: unique per build even in a matrix, traceable to the run. */
function newBuildId(env = process.env) {
    const random = (0,external_node_crypto_.randomBytes)(4).toString('hex');
    return env.GITHUB_RUN_ID
        ? `run-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${random}`
        : `local-${random}`;
}
/** The runner's temporary directory (emptied by the runner after each job), else the system's. */
function workDirectory(env = process.env) {
    return (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'osc-chroot');
}
/** The prefix of every ClientToken a build sends (see newClientToken). */
const CLIENT_TOKEN_PREFIX = 'osc-chroot-';
/**
 * A ClientToken for one CreateVolume or CreateSnapshot: osc-chroot-<build id>-<8 hex>. It makes
 * the call safe to retry, finds the resource again when its id never came back (it is journaled
 * before the call), and ties the resource to its build even if it could not be tagged yet: OAPI
 * has no tag-on-create, so a kill between the create and CreateTags leaves it untagged.
 */
function newClientToken(buildId) {
    return `${CLIENT_TOKEN_PREFIX}${buildId}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/** The build id in a build's ClientToken (osc-chroot-<build id>-<8 hex>, see newClientToken). */
function buildIdOfClientToken(token) {
    if (!token?.startsWith(CLIENT_TOKEN_PREFIX))
        return undefined;
    const match = /^(.+)-[0-9a-f]{8}$/.exec(token.slice(CLIENT_TOKEN_PREFIX.length));
    return match?.[1];
}
function journalPathFor(buildId, env = process.env) {
    return (0,external_node_path_.join)(workDirectory(env), `journal-${buildId}.json`);
}
function manifestPathFor(buildId, env = process.env) {
    return (0,external_node_path_.join)(workDirectory(env), `manifest-${buildId}.json`);
}

;// CONCATENATED MODULE: ./src/action-config.ts
/**
 * Where the configuration is read from, and how it is loaded, for the action's two steps and the
 * CLI. The main step and the CLI load the whole configuration; the post step reads only the
 * credentials, from the same sources (config/cleanup-credentials.ts), and the journal's path from
 * the state the main step saved: it never validates the configuration again.
 */





/** The sources for given inputs; relative paths (config_file, provision files) start at workspace. */
function configSources(getInput, workspace = process.cwd()) {
    return { getInput, env: process.env, homeDir: (0,external_node_os_.homedir)(), workspace };
}
/** The action's sources: its inputs, the runner's environment, ~/.osc and the workspace. */
function actionConfigSources() {
    return configSources((name) => lib_core/* getInput */.V4(name), process.env.GITHUB_WORKSPACE || process.cwd());
}
/**
 * Loads the configuration (ConfigError lists every problem), logs its warnings, and shows it as
 * resolved (no secret: see describeConfig) in a log group.
 */
async function loadAndShowConfig(sources) {
    const { config, warnings } = loadConfig(sources);
    for (const warning of warnings)
        log.warning(warning);
    await log.group('Configuration', async () => log.info(describeConfig(config)));
    return config;
}
/** Saved before anything exists, so that a killed main step still leads the post step to it. */
function saveJournalPath(path) {
    lib_core/* saveState */.LZ(identity_JOURNAL_STATE, path);
}
/** The journal path the main step saved; '' when it saved none (it failed before a build). */
function savedJournalPath() {
    return core.getState(JOURNAL_STATE);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/host/host-env.ts
/**
 * The environment of every process the action starts on this machine.
 *
 * The action's own environment holds its inputs (INPUT_SECRET_KEY), the Outscale credentials
 * (OSC_SECRET_KEY) and the runner's tokens (ACTIONS_RUNTIME_TOKEN, GITHUB_TOKEN...). A host command
 * like `ansible-playbook -c chroot` forwards what it inherits toward the image's code, so nothing is
 * inherited by default: only the names below, which a shell, a package manager or a proxy needs.
 */
/** Names kept as they are. */
const KEPT_NAMES = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'TERM',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TMPDIR',
    'RUNNER_TEMP',
    'GITHUB_WORKSPACE',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY'
]);
/** LC_ALL, LC_CTYPE...; OSC_CHROOT_DEBUG, OSC_CHROOT_POLL_POLICY (the action's documented knobs). */
const KEPT_PREFIXES = ['LC_', 'OSC_CHROOT_'];
/** Whatever the prefix, a name that looks like a credential is never passed on. */
const SECRET_LOOKING = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)/i;
function isKeptVariable(name) {
    if (SECRET_LOOKING.test(name))
        return false;
    return KEPT_NAMES.has(name) || KEPT_PREFIXES.some((prefix) => name.startsWith(prefix));
}
/**
 * The allowlisted part of `from`. Internal commands (whose output the action parses: umount's
 * "busy", fuser, partx, blkid...) also get LC_ALL=C, so that they speak the same language on a
 * French runner as on an English one.
 */
function hostEnvironment(options = {}, from = process.env) {
    const environment = {};
    for (const [name, value] of Object.entries(from)) {
        if (value !== undefined && isKeptVariable(name))
            environment[name] = value;
    }
    if (!environment.PATH)
        environment.PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
    if (options.internal)
        environment.LC_ALL = 'C';
    return environment;
}

;// CONCATENATED MODULE: ./src/host/workflow-output.ts
/**
 * Printing what the image's code and the user's host commands say, without letting them speak to
 * the runner.
 *
 * The GitHub runner reads every line a step prints and acts on workflow commands in it
 * (actions/runner, src/Runner.Common/ActionCommand.cs and src/Runner.Worker/ActionCommandManager.cs):
 * a line that starts with `::` once its leading white space is trimmed (`::add-mask::`,
 * `::error::`, `::stop-commands::`...), and the older form `##[command]` anywhere in the line.
 * A package script could otherwise mask words of the log, fake an error annotation, or stop the
 * action's own commands. Such a line is printed between `::stop-commands::<token>` and
 * `::<token>::`, with a token drawn after the line was read: the line shows verbatim, the runner
 * executes nothing in it, and the printer cannot guess the token that resumes commands.
 * Each line is wrapped on its own, so no state survives it (a crash cannot leave commands off).
 *
 * The checks are wider than the runner's: its reader also ends lines at a lone carriage return,
 * and .NET's TrimStart() skips characters that JavaScript's does not (U+0085), so every part of the
 * line is checked after skipping any space, control or format character.
 */

const LEADING_BLANKS = /^[\s\p{Z}\p{Cc}\p{Cf}]+/u;
/** Whether the runner could read the line as a workflow command. */
function mayBeWorkflowCommand(line) {
    if (line.includes('##['))
        return true;
    return line.split(/[\r\n]/).some((part) => part.replace(LEADING_BLANKS, '').startsWith('::'));
}
/** The lines to print for one line of a command's output. */
function neutralised(line) {
    if (!mayBeWorkflowCommand(line))
        return [line];
    const token = `osc-chroot-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`;
    return [`::stop-commands::${token}`, line, `::${token}::`];
}

;// CONCATENATED MODULE: ./src/host/exec.ts
/**
 * Running programs on this machine, through command_wrapper.
 *
 * The runner user is usually not root, so every privileged command (mount, file
 * copies into the image, chroot, kill...) goes through command_wrapper, e.g. `sudo {{.Command}}`.
 * The wrapper is the one place a shell is used, and it never re-reads the command: {{.Command}}
 * becomes `"$@"` and the argument vector follows as the shell's positional parameters
 * (`/bin/sh -c 'sudo "$@"' sh mount -o ro /dev/sdb1 /mnt/x`), so no argument is ever parsed as
 * shell text. A wrapper that puts {{.Command}} inside quotes would need the command re-parsed, and
 * is refused (commandWrapperProblem). With the default wrapper (`{{.Command}}`) no shell is
 * involved at all: the argument vector is spawned directly.
 *
 * Every process gets the allowlisted environment of host-env.ts, never the action's own (which
 * holds its inputs and the runner's tokens). Output is streamed to the log line by line, with
 * anything the runner could read as a workflow command neutralised, and captured (bounded) for the
 * caller; a failure throws a CommandError naming the command, its exit code and the last lines of
 * its stderr.
 */
// Not @actions/exec: it takes no AbortSignal, cannot kill a command's process group, and echoes argv.








/** A command that ran and failed (or could not start): what ran, how it ended, what it said. */
class CommandError extends Error {
    command;
    exitCode;
    stderr;
    constructor(message, command, exitCode, stderr) {
        super(message);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'CommandError';
    }
    /** The last lines of stderr: what explains the failure. */
    get stderrTail() {
        return lastLines(this.stderr, STDERR_LINES_IN_ERROR);
    }
}

const DEFAULT_COMMAND_WRAPPER = '{{.Command}}';
/** stdout is returned to callers that parse it; past this size the rest is dropped. */
const MAX_STDOUT_BYTES = 8 * 1024 * 1024;
/** Only the end of stderr is kept: it explains the failure. */
const MAX_STDERR_BYTES = 64 * 1024;
const STDERR_LINES_IN_ERROR = 20;
/**
 * A background process started by the command (a daemon in the chroot) inherits its stdout and
 * keeps the pipe open after the command exits; waiting for the pipe to close would hang forever.
 */
const OUTPUT_DRAIN_MS = 2000;
const KILL_GRACE_MS = 5000;
function isDefaultWrapper(commandWrapper) {
    return /^\{\{-?\s*\.?Command\s*-?\}\}$/.test(commandWrapper.trim());
}
/**
 * Fails before anything is done when nothing can give us root: not root, and no wrapper.
 * (With a wrapper we trust the user: `sudo` will say itself if it cannot run.)
 */
function assertCanRunPrivileged(commandWrapper, uid = process.getuid?.()) {
    if (uid === undefined || uid === 0 || !isDefaultWrapper(commandWrapper))
        return;
    throw new Error(`osc-chroot needs root to mount and chroot, but it runs as uid ${uid} and command_wrapper is ` +
        `the default "{{.Command}}". Set command_wrapper: 'sudo {{.Command}}' (passwordless sudo ` +
        `for the runner user) or run the runner as root.`);
}
function signalNumber(signal) {
    return external_node_os_.constants.signals[signal] ?? 0;
}
/** Splits a stream into lines for the log; the last partial line is flushed at the end. */
function lineLogger(write) {
    let pending = '';
    return {
        push(chunk) {
            const lines = (pending + chunk).split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines)
                write(line.replace(/\r$/, ''));
        },
        end() {
            if (pending)
                write(pending);
            pending = '';
        }
    };
}
function lastLines(text, count) {
    return text.trimEnd().split('\n').slice(-count).join('\n');
}
/** Spawns one process, streams and captures its output, and settles when it has exited. */
function execute(file, args, display, options) {
    // The command line too: it may hold names chosen by the image, even a carriage return.
    if (options.quiet)
        log.debug(`$ ${display}`);
    else
        for (const printed of neutralised(`$ ${display}`))
            log.info(printed);
    const logLine = (line) => {
        if (!options.quiet)
            for (const printed of neutralised(line))
                log.info(printed);
    };
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
            reject(new CommandError(`Cancelled before it started: ${display}`, display, 130, ''));
            return;
        }
        // Its own process group, so cancelling kills what the command started too.
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: hostEnvironment({ internal: !options.userCommand }),
            detached: true,
            stdio: ['pipe', 'pipe', 'pipe']
        });
        let stdout = '';
        let stdoutTruncated = false;
        let stderr = '';
        const outLog = lineLogger(logLine);
        const errLog = lineLogger(logLine);
        child.stdout.setEncoding('utf8');
        child.stderr.setEncoding('utf8');
        child.stdout.on('data', (chunk) => {
            outLog.push(chunk);
            if (stdout.length + chunk.length <= MAX_STDOUT_BYTES)
                stdout += chunk;
            else
                stdoutTruncated = true;
        });
        child.stderr.on('data', (chunk) => {
            errLog.push(chunk);
            stderr = (stderr + chunk).slice(-MAX_STDERR_BYTES);
        });
        // Without input, stdin is closed at once: a command that reads it sees end of file, never hangs.
        child.stdin.on('error', () => undefined); // the program may exit without reading it all
        if (options.stdin)
            options.stdin.pipe(child.stdin);
        else
            child.stdin.end(options.input ?? '');
        let killTimer;
        const killGroup = (signal) => {
            try {
                if (child.pid)
                    process.kill(-child.pid, signal);
            }
            catch {
                // already gone
            }
        };
        const onAbort = () => {
            log.info(`Cancelling: ${display}`);
            killGroup('SIGTERM');
            killTimer = setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS);
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const cleanup = () => {
            options.signal?.removeEventListener('abort', onAbort);
            if (killTimer)
                clearTimeout(killTimer);
        };
        child.on('error', (error) => {
            cleanup();
            reject(new CommandError(`Cannot run ${display}: ${error.message}`, display, 127, ''));
        });
        child.on('exit', (code, signal) => {
            void drainOutput(child, display).then(() => {
                outLog.end();
                errLog.end();
                cleanup();
                if (stdoutTruncated)
                    log.debug(`Output of "${display}" truncated to ${MAX_STDOUT_BYTES} bytes.`);
                const exitCode = code ?? 128 + signalNumber(signal ?? 'SIGKILL');
                const allowed = options.allowedExitCodes ?? [0];
                if (options.signal?.aborted) {
                    reject(new CommandError(`Cancelled: ${display}`, display, exitCode, stderr));
                }
                else if (!allowed.includes(exitCode)) {
                    const how = signal ? `was killed by ${signal}` : `failed with exit code ${exitCode}`;
                    const tail = lastLines(stderr, STDERR_LINES_IN_ERROR);
                    const message = `Command ${how}: ${display}${tail ? `\n${tail}` : ''}`;
                    reject(new CommandError(message, display, exitCode, stderr));
                }
                else {
                    resolve({ command: display, exitCode, stdout, stderr });
                }
            });
        });
    });
}
/**
 * After the command exited: waits for the rest of its output, but not for a background process
 * that inherited the pipes (it would keep them open for as long as it lives).
 */
async function drainOutput(child, display) {
    const streams = [child.stdout, child.stderr];
    const closed = Promise.all(streams.map((stream) => new Promise((done) => (stream.closed ? done(undefined) : stream.once('close', done)))));
    let timer;
    const timedOut = new Promise((done) => (timer = setTimeout(() => done('timeout'), OUTPUT_DRAIN_MS)));
    const outcome = await Promise.race([closed, timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
        log.debug(`A process started by "${display}" still holds its output; no longer reading it.`);
        streams.forEach((stream) => stream.destroy());
    }
}
function envPrefix(env) {
    if (!env)
        return [];
    assertVariableNames(Object.keys(env), 'the environment of a host command');
    const pairs = Object.entries(env).map(([name, value]) => `${name}=${value}`);
    return pairs.length > 0 ? ['env', ...pairs] : [];
}
function createHostRunner(commandWrapper = DEFAULT_COMMAND_WRAPPER) {
    const direct = isDefaultWrapper(commandWrapper);
    // Fails now, on a wrapper without {{.Command}} or with a quoted one, rather than at the first command.
    if (!direct)
        wrapCommand(commandWrapper, ['true']);
    const runner = {
        commandWrapper,
        async run(argv, options = {}) {
            if (argv.length === 0)
                throw new Error('HostRunner.run: empty command');
            const full = [...envPrefix(options.env), ...argv];
            if (direct) {
                return execute(full[0], full.slice(1), options.display ?? (0,shell_quote.quote)(full), options);
            }
            // Wrappers like sudo reset the environment (and PAM may set the runner's LANG again): the
            // locale of an internal command is set inside the wrapper too. Not a secret, so in argv.
            const locale = options.userCommand ? [] : ['env', 'LC_ALL=C'];
            const wrapped = wrapCommand(commandWrapper, [...locale, ...full]);
            const display = options.display ?? wrapCommand(commandWrapper, full).display;
            return execute(wrapped.file, wrapped.args, display, options);
        },
        async shell(script, options = {}) {
            return runner.run(['/bin/sh', '-c', script], {
                display: script,
                userCommand: true,
                ...options
            });
        }
    };
    return runner;
}

// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/oapi/http.ts
/**
 * The HTTP requests of the OAPI and metadata clients, on node:http and node:https with keep-alive
 * agents. (undici's fetch did the same job with about 35 MB more resident memory per process:
 * its HTTP parser is WebAssembly, compiled at the first request; measured with the benchmark,
 * bench/README.md.)
 */


/** A keep-alive agent for the URL's scheme; destroy() it when done. */
function createAgent(url, options) {
    if (new URL(url).protocol !== 'https:')
        return new (external_node_http_default()).Agent({ keepAlive: true });
    return new (external_node_https_default()).Agent({
        keepAlive: true,
        rejectUnauthorized: options.rejectUnauthorized,
        ...options.clientCertificate
    });
}
/** What a request that hit its timeoutMs fails with. */
class HttpTimeoutError extends Error {
    code = 'ETIMEDOUT';
    constructor(timeoutMs) {
        super(`no answer within ${timeoutMs} ms`);
        this.name = 'HttpTimeoutError';
    }
}
/**
 * What a request fails with when it provably never reached the server: the connection (and, for
 * https, the TLS handshake) was not established, so not one byte of the request was written.
 * Such a request may be sent again whatever the call (see retry.ts).
 */
class RequestNotSentError extends Error {
    constructor(cause) {
        super(cause instanceof Error ? cause.message : String(cause), { cause });
        this.name = 'RequestNotSentError';
    }
}
/** Sends one request and reads the whole reply; rejects on network errors, timeout or abort. */
function send(url, request) {
    const target = new URL(url);
    const transport = target.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        let connected = false;
        const outgoing = transport.request(target, {
            method: request.method,
            headers: request.headers,
            agent: request.agent,
            signal: request.signal
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', reject);
            response.on('end', () => resolve({
                status: response.statusCode ?? 0,
                text: Buffer.concat(chunks).toString('utf8')
            }));
        });
        outgoing.setTimeout(request.timeoutMs, () => outgoing.destroy(new HttpTimeoutError(request.timeoutMs)));
        // A keep-alive socket taken from the pool is connected already; a new one is once its
        // handshake is done. Until then the request cannot have been written.
        outgoing.on('socket', (socket) => {
            if (!socket.connecting)
                connected = true;
            else
                socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () => {
                    connected = true;
                });
        });
        outgoing.on('error', (error) => reject(connected ? error : new RequestNotSentError(error)));
        outgoing.end(request.body);
    });
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/oapi/time.ts
/**
 * Waiting and telling durations, shared by the client's retries and the waiters. Both take an
 * injectable sleep and clock so tests run on a fake clock instead of real time.
 */

const realSleep = async (ms, signal) => {
    try {
        await (0,promises_.setTimeout)(ms, undefined, { signal });
    }
    catch (error) {
        // timers/promises rejects with its own AbortError; give callers the reason they aborted with.
        if (signal?.aborted)
            throw signal.reason;
        throw error;
    }
};
const systemClock = () => Date.now();
/** "850 ms", "12 s", "3m 05s", "1h 02m" */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const totalSeconds = Math.round(ms / 1000);
    if (totalSeconds < 60)
        return `${totalSeconds} s`;
    const hours = Math.floor(totalSeconds / 3600);
    const minutes = Math.floor((totalSeconds % 3600) / 60);
    const seconds = totalSeconds % 60;
    const two = (n) => String(n).padStart(2, '0');
    return hours > 0 ? `${hours}h ${two(minutes)}m` : `${minutes}m ${two(seconds)}s`;
}

;// CONCATENATED MODULE: ./src/oapi/errors.ts
/**
 * What went wrong with an OAPI call, decoded from the reply (or from the network error), and the
 * one error type the client throws: OapiError, whose message a person can act on.
 */


/** Throttling answers: 429 (codes 24 per account, 25 per call) and 503 code 6 (whole platform). */
function isThrottling(failure) {
    return failure.httpStatus === 429 || (failure.httpStatus === 503 && failure.code === '6');
}
/**
 * The InvalidResource codes (gateway_errors.yaml) that say a resource the build handles does not
 * exist: no-such-attachment, -image, -snapshot, -vm, -volume. The real API answers them with
 * HTTP 400 and a Details that may be empty, so the code decides, never the text.
 */
const notFoundCodes = new Set(['5007', '5023', '5054', '5063', '5064']);
/** Whether the API answered that the resource named in the call does not exist (any more). */
function isNotFound(error) {
    return (error instanceof OapiError &&
        (error.httpStatus === 404 || (error.code !== undefined && notFoundCodes.has(error.code))));
}
/** ResourceConflict or InvalidState: the resource is not in a state that allows the call. */
function isConflict(error) {
    return error instanceof OapiError && error.httpStatus === 409;
}
/** too-many-concurrent-snapshots: the account's limit of snapshots in progress at once. */
const tooManyConcurrentSnapshotsCode = '10008';
/** Decodes a non-2xx reply: the JSON envelope when there is one, the raw text otherwise. */
function failureFromReply(httpStatus, bodyText) {
    const envelope = parseEnvelope(bodyText);
    const errors = envelope?.Errors ?? [];
    const requestId = envelope?.ResponseContext?.RequestId;
    const requestIdText = requestId ? ` [request id ${requestId}]` : '';
    if (errors.length === 0) {
        const text = bodyText.trim();
        const shown = text === '' ? ' (empty response body)' : `: ${truncate(text)}`;
        return { httpStatus, requestId, summary: `HTTP ${httpStatus}${shown}${requestIdText}` };
    }
    const [first] = errors;
    const described = errors.map((e) => {
        const label = [e.Type, e.Code ? `(${e.Code})` : ''].filter(Boolean).join(' ');
        return e.Details ? `${label}: ${e.Details}` : label;
    });
    return {
        httpStatus,
        code: first.Code,
        type: first.Type,
        details: first.Details,
        requestId,
        summary: `HTTP ${httpStatus} ${described.join('; ')}${requestIdText}`
    };
}
/** Describes a request that got no HTTP response. */
function failureFromNetworkError(error, url) {
    const notSent = error instanceof RequestNotSentError;
    const cause = rootCause(error);
    const code = typeof cause === 'object' && cause !== null ? cause.code : undefined;
    const codeText = typeof code === 'string' ? code : '';
    const message = cause instanceof Error ? cause.message : String(cause);
    return {
        summary: `no response from ${url}: ${message}${codeText && !message.includes(codeText) ? ` (${codeText})` : ''}`,
        network: { tlsRefused: isTlsRefusal(codeText), notSent }
    };
}
/** A 2xx reply whose body is not the JSON object every OAPI call returns. */
function failureFromBadSuccess(httpStatus, bodyText) {
    const text = bodyText.trim();
    const shown = text === '' ? 'an empty body' : `a body that is not a JSON object: ${truncate(text)}`;
    return { httpStatus, summary: `HTTP ${httpStatus} with ${shown}` };
}
/**
 * The one error the client throws for a failed call. The message reads, for example:
 *   CreateVolume failed: HTTP 400 InvalidParameterValue (4078): Size too small [request id 0475...].
 * followed by how many attempts were made and, when there is one, what to do about it.
 */
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
        this.name = 'OapiError';
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
    if (init.gaveUp === 'attempts') {
        parts.push(`Gave up after ${init.attempts} attempts (the maximum) in ${elapsed}.`);
    }
    else if (init.gaveUp === 'time') {
        parts.push(`Gave up after ${init.attempts} attempt${init.attempts === 1 ? '' : 's'} in ${elapsed}: ` +
            'the time allowed for retries is used up.');
    }
    else if (init.attempts > 1) {
        parts.push(`(attempt ${init.attempts}, after ${elapsed} of retries)`);
    }
    const hint = hintFor(init);
    if (hint)
        parts.push(hint);
    return parts.join(' ');
}
function hintFor(init) {
    const { failure, call, idempotent } = init;
    if (failure.httpStatus === 401 && (failure.code === '11' || failure.code === '13')) {
        return ('Outscale has locked this access key after repeated bad signatures; wait for the lock to ' +
            'expire (a few minutes) and check the secret key before trying again.');
    }
    if (failure.httpStatus === 401 || failure.httpStatus === 403) {
        return ('Check the access key and secret key (inputs access_key/secret_key, or OSC_ACCESS_KEY/' +
            `OSC_SECRET_KEY), that region "${init.region}" is the account's region and matches the ` +
            "endpoint, and that this machine's clock is right (Outscale refuses requests more than " +
            '5 minutes off).');
    }
    if (isThrottling(failure)) {
        return ('Outscale is throttling requests (HTTP 429 codes 24/25 per account, 503 code 6 for the ' +
            'whole platform). Wait a little and run the build again, or run fewer builds at once ' +
            'with this account.');
    }
    // The server's alert, for a client certificate missing or from an authority it does not trust.
    if (failure.network &&
        /ALERT_(CERTIFICATE_REQUIRED|UNKNOWN_CA|BAD_CERTIFICATE)/.test(failure.summary)) {
        return ('The endpoint wants a TLS client certificate it trusts: set x509_cert_path and ' +
            'x509_key_path (or OSC_X509_CLIENT_CERT and OSC_X509_CLIENT_KEY) to one it accepts.');
    }
    if (failure.network?.tlsRefused) {
        return ("The endpoint's TLS certificate was refused. Fix the certificate (or the endpoint URL); " +
            'only for a test endpoint, set insecure_skip_tls_verify: true.');
    }
    if (failure.httpStatus === 409) {
        return (`Outscale answered that the resource is not in a state that allows ${call} (a conflict, ` +
            'HTTP 409): the call was not sent again, since the same request gets the same answer.');
    }
    const transient = failure.network !== undefined || (failure.httpStatus ?? 0) >= 500;
    if (transient && !idempotent) {
        return (`${call} is not idempotent, so it was not retried: the request may or may not have taken ` +
            'effect. Check the account for a resource it may have created before running again.');
    }
    return undefined;
}
function parseEnvelope(bodyText) {
    try {
        const parsed = JSON.parse(bodyText);
        return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** fetch wraps the socket error ("fetch failed" → cause → maybe another cause). */
function rootCause(error) {
    let current = error;
    for (let depth = 0; depth < 5; depth++) {
        const cause = current?.cause;
        if (cause === undefined || cause === null)
            break;
        current = cause;
    }
    return current;
}
/** Node's certificate errors (DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED, ERR_TLS_CERT_...). */
function isTlsRefusal(code) {
    return /CERT|SELF_SIGNED|^ERR_TLS_|UNABLE_TO_VERIFY/.test(code);
}
function truncate(text, max = 300) {
    const oneLine = text.replace(/\s+/g, ' ');
    return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}

;// CONCATENATED MODULE: ./src/oapi/retry.ts
const defaultRetryPolicy = {
    maxAttempts: 8,
    maxTotalMs: 120_000,
    baseDelayMs: 500,
    maxDelayMs: 10_000
};
/** Calls that accept a ClientToken (per the spec) and are made idempotent with one. */
const clientTokenCalls = new Set([
    'CreateVolume',
    'CreateSnapshot'
]);
/** Whether sending the request twice cannot create or change anything twice. */
function isIdempotent(call, body) {
    if (call.startsWith('Read'))
        return true;
    const token = body.ClientToken;
    return clientTokenCalls.has(call) && typeof token === 'string' && token !== '';
}
const hasOapiCode = (failure) => failure.code !== undefined && failure.code !== '';
const isServerError = (failure) => (failure.httpStatus ?? 0) >= 500;
/** The retry policy. The first rule that matches decides; no rule matching means never. */
const retryRules = [
    {
        answer: '429 (codes 24, 25: too many requests)',
        matches: (f) => f.httpStatus === 429,
        resend: 'any call',
        why: 'throttling refuses the request before it runs'
    },
    {
        answer: '503 code 6 (RequestLimitExceeded)',
        matches: (f) => f.httpStatus === 503 && f.code === '6',
        resend: 'any call',
        why: 'throttling of the whole platform refuses the request before it runs'
    },
    {
        answer: '409 (ResourceConflict, InvalidState)',
        matches: (f) => f.httpStatus === 409,
        resend: 'never',
        why: 'an answer about the state of a resource: waiting reads the resource instead'
    },
    {
        answer: '503 with an OAPI error code other than 6',
        matches: (f) => f.httpStatus === 503 && hasOapiCode(f),
        resend: 'never',
        why: 'the API itself says it will not serve this request now (not throttling)'
    },
    {
        answer: '5xx otherwise (a gateway page, an empty body, an internal error)',
        matches: isServerError,
        resend: 'idempotent calls',
        why: 'the request may have been passed on: a write may have taken effect'
    },
    {
        answer: 'TLS certificate refused',
        matches: (f) => f.network?.tlsRefused === true,
        resend: 'never',
        why: 'the certificate will not change between attempts'
    },
    {
        answer: 'no connection (refused, name not resolved, network unreachable)',
        matches: (f) => f.network?.notSent === true,
        resend: 'any call',
        why: 'the request provably never reached the server'
    },
    {
        answer: 'connection lost or timed out after the request may have been sent',
        matches: (f) => f.network !== undefined,
        resend: 'idempotent calls',
        why: 'a write may have taken effect'
    },
    {
        answer: 'any other answer (4xx: a bad request, missing resource, quota, credentials)',
        matches: () => true,
        resend: 'never',
        why: 'the same request gets the same answer'
    }
];
/** The rule that decides for this failure. */
function retryRuleFor(failure) {
    return retryRules.find((rule) => rule.matches(failure));
}
/** Whether another attempt may succeed and is safe to make. */
function isRetryable(failure, idempotent) {
    const { resend } = retryRuleFor(failure);
    return resend === 'any call' || (resend === 'idempotent calls' && idempotent);
}
/**
 * The wait before retry number `retry` (1 for the wait after the first attempt): a random value
 * between 0 and min(maxDelayMs, baseDelayMs * 2^(retry - 1)).
 */
function backoffDelayMs(retry, policy, random) {
    const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
    return Math.floor(random() * cap);
}
/**
 * Whether the retry budget is spent after `attempts` attempts, if the next one would start
 * `elapsedAtNextMs` after the first: which bound was hit, or undefined to go on.
 */
function retryBudgetSpent(attempts, elapsedAtNextMs, policy) {
    if (attempts >= policy.maxAttempts)
        return 'attempts';
    if (elapsedAtNextMs > policy.maxTotalMs)
        return 'time';
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/aws4fetch/dist/aws4fetch.esm.mjs
var aws4fetch_esm = __webpack_require__(2580);
;// CONCATENATED MODULE: ./src/oapi/signer.ts
/**
 * Signs an OAPI request with AWS Signature Version 4, through aws4fetch's AwsV4Signer (the signer
 * Outscale's own JS SDK uses). We use the AWS flavour (AWS4-HMAC-SHA256, X-Amz-Date,
 * aws4_request) with service "api" and the configured region, as the JS SDK's examples do.
 *
 * aws4fetch leaves content-type out of the signature by default; we sign it too
 * (`content-type;host;x-amz-date`, as the Go SDKs and botocore do) so the
 * signature covers every header the gateway reads. allHeaders makes aws4fetch sign every header
 * it is given, so only the headers to be signed go in here; User-Agent is added afterwards.
 */

const signingService = 'api';
/** Returns the headers to send: content-type, x-amz-date and authorization. */
async function signRequest(input) {
    const signer = new aws4fetch_esm/* AwsV4Signer */.s({
        method: 'POST',
        url: input.url,
        headers: { 'Content-Type': 'application/json' },
        body: input.body,
        accessKeyId: input.accessKey,
        secretAccessKey: input.secretKey,
        service: signingService,
        region: input.region,
        datetime: amzDate(input.date),
        allHeaders: true
    });
    const signed = await signer.sign();
    return Object.fromEntries(signed.headers.entries());
}
/** YYYYMMDDTHHMMSSZ in UTC, the format of X-Amz-Date. */
function amzDate(date) {
    return date.toISOString().replace(/[-:]|\.\d{3}/g, '');
}

;// CONCATENATED MODULE: ./src/oapi/client.ts
/**
 * The typed OAPI client: `POST <endpoint>/<Call>` with a signed JSON body, bounded retries with
 * jittered backoff, and one error type (OapiError). Read* helpers follow NextPageToken and return
 * every page merged.
 *
 * It speaks plain OAPI over HTTP(S), so it works against Outscale, against osc-ricochet-2 and
 * against the project's simulator (sim/) alike; nothing here knows which one it talks to.
 */










const defaultRequestTimeoutMs = 30_000;
const defaultUserAgent = 'osc-chroot';
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
    constructor(options) {
        this.endpoint = checkedEndpoint(options.endpoint);
        if (options.region.trim() === '') {
            throw new Error('The OAPI client needs a region: requests are signed for one region.');
        }
        this.region = options.region;
        this.#accessKey = options.accessKey;
        this.#secretKey = options.secretKey;
        this.#retry = { ...defaultRetryPolicy, ...options.retry };
        this.#userAgent = options.userAgent ?? defaultUserAgent;
        this.#onRequest = options.onRequest;
        this.#sleep = options.sleep ?? realSleep;
        this.#now = options.now ?? systemClock;
        this.#random = options.random ?? Math.random;
        const timeout = options.requestTimeoutMs ?? defaultRequestTimeoutMs;
        const verifyTls = options.insecureSkipTlsVerify !== true;
        if (!verifyTls) {
            log.warning(`insecure_skip_tls_verify is on: the TLS certificate of ${this.endpoint} is not checked, ` +
                'so the credentials and every reply can be intercepted. Use it only for a test endpoint.');
        }
        // A dead or silent endpoint must fail the attempt, never hang the build.
        this.#agent = createAgent(this.endpoint, {
            rejectUnauthorized: verifyTls,
            clientCertificate: readClientCertificate(this.endpoint, options.clientCertificate)
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
        for (let attempt = 1;; attempt++) {
            signal?.throwIfAborted();
            const outcome = await this.#send(name, json, signal);
            if (outcome.ok)
                return outcome.response;
            const { failure } = outcome;
            const retryable = isRetryable(failure, idempotent);
            const delayMs = backoffDelayMs(attempt, this.#retry, this.#random);
            const elapsedMs = this.#now() - startedAt;
            const budgetSpent = retryable
                ? retryBudgetSpent(attempt, elapsedMs + delayMs, this.#retry)
                : undefined;
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
        headers['user-agent'] = this.#userAgent;
        this.#onRequest?.(name);
        const started = external_node_perf_hooks_.performance.now();
        let status;
        let text;
        try {
            const reply = await send(url, {
                method: 'POST',
                headers,
                body: json,
                agent: this.#agent,
                timeoutMs: this.#timeoutMs,
                signal
            });
            status = reply.status;
            text = reply.text;
        }
        catch (error) {
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
        if (parsed === undefined)
            return { ok: false, failure: failureFromBadSuccess(status, text) };
        const requestId = parsed.ResponseContext?.RequestId ?? 'none';
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
            items.push(...(itemsOf(page) ?? []));
            const next = page.NextPageToken || undefined;
            if (next !== undefined && next === token) {
                throw new Error(`${name} returned the same NextPageToken twice; stopping to avoid a loop.`);
            }
            token = next;
        } while (token !== undefined);
        return items;
    }
    // ----------------------------------------------------------------------- reads (all pages)
    readVms(filters, signal) {
        return this.#readAllPages('ReadVms', filters, (page) => page.Vms, signal);
    }
    readImages(filters, signal) {
        return this.#readAllPages('ReadImages', filters, (page) => page.Images, signal);
    }
    readSnapshots(filters, signal) {
        return this.#readAllPages('ReadSnapshots', filters, (page) => page.Snapshots, signal);
    }
    readVolumes(filters, signal) {
        return this.#readAllPages('ReadVolumes', filters, (page) => page.Volumes, signal);
    }
    readSubregions(filters, signal) {
        return this.#readAllPages('ReadSubregions', filters, (page) => page.Subregions, signal);
    }
    async readAccounts(signal) {
        return (await this.call('ReadAccounts', {}, signal)).Accounts ?? [];
    }
    async readRegions(signal) {
        return (await this.call('ReadRegions', {}, signal)).Regions ?? [];
    }
    // ----------------------------------------------------------------------- writes
    async createVolume(request, signal) {
        return (await this.call('CreateVolume', request, signal)).Volume;
    }
    async linkVolume(request, signal) {
        await this.call('LinkVolume', request, signal);
    }
    async unlinkVolume(request, signal) {
        await this.call('UnlinkVolume', request, signal);
    }
    async deleteVolume(request, signal) {
        await this.call('DeleteVolume', request, signal);
    }
    async createSnapshot(request, signal) {
        return (await this.call('CreateSnapshot', request, signal)).Snapshot;
    }
    async deleteSnapshot(request, signal) {
        await this.call('DeleteSnapshot', request, signal);
    }
    async updateSnapshot(request, signal) {
        return (await this.call('UpdateSnapshot', request, signal)).Snapshot;
    }
    /** Registers an OMI from a snapshot, or copies one (SourceImageId + SourceRegionName). */
    async createImage(request, signal) {
        return (await this.call('CreateImage', request, signal)).Image;
    }
    async deleteImage(request, signal) {
        await this.call('DeleteImage', request, signal);
    }
    async updateImage(request, signal) {
        return (await this.call('UpdateImage', request, signal)).Image;
    }
    async createTags(request, signal) {
        await this.call('CreateTags', request, signal);
    }
    async deleteTags(request, signal) {
        await this.call('DeleteTags', request, signal);
    }
}
/** Turns a { key: value } map (how the config holds tags) into OAPI's [{ Key, Value }]. */
function toResourceTags(tags) {
    return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
function withClientToken(name, body) {
    const token = body.ClientToken;
    if (!clientTokenCalls.has(name) || (typeof token === 'string' && token !== ''))
        return body;
    return { ...body, ClientToken: (0,external_node_crypto_.randomUUID)() };
}
function checkedEndpoint(endpoint) {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new Error(`The OAPI endpoint "${endpoint}" is not a URL; build it with resolveEndpoint().`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new Error(`The OAPI endpoint "${endpoint}" must use http:// or https://.`);
    }
    return endpoint.replace(/\/+$/, '');
}
function parseObject(text) {
    try {
        const parsed = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
            ? parsed
            : undefined;
    }
    catch {
        return undefined;
    }
}
function elapsedSince(startedMs) {
    return `${Math.round(external_node_perf_hooks_.performance.now() - startedMs)} ms`;
}
/**
 * The client certificate's files, read for the TLS agent. An error names the file, never its
 * content; a certificate given for a plain-HTTP endpoint is pointless, and said so.
 */
function readClientCertificate(endpoint, files) {
    if (files === undefined)
        return undefined;
    if (new URL(endpoint).protocol !== 'https:') {
        log.warning(`x509_cert_path is set but ${endpoint} is not https: the client certificate is not used.`);
        return undefined;
    }
    const read = (option, path) => {
        try {
            return (0,external_node_fs_.readFileSync)(path);
        }
        catch (error) {
            const reason = error.code ?? 'unreadable';
            throw new Error(`${option} ${JSON.stringify(path)} cannot be read (${reason}).`, {
                cause: error
            });
        }
    };
    return {
        cert: read('x509_cert_path', files.certPath),
        key: read('x509_key_path', files.keyPath)
    };
}

;// CONCATENATED MODULE: ./src/oapi/client-factory.ts
/**
 * The one place osc-chroot builds an OapiClient. The build, the orphan sweep and the post step's
 * cleanup all talk to the API the same way: the configuration's key pair, its TLS choice, the
 * default retry policy and timeouts, one user agent. Only where they talk to (endpoint and
 * region: from the configuration and the runner's VM, or as the build journaled them) differs.
 */

/** How osc-chroot introduces itself to the API (visible in Outscale's request logs). */
const userAgent = 'osc-chroot';
/**
 * A client for one build, sweep or cleanup; close() it when done. onRequest is called before
 * every HTTP request (the benchmarks count calls with it).
 */
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

;// CONCATENATED MODULE: ./src/oapi/endpoint.ts
/**
 * Turns the region and the custom_endpoint_oapi input (or OSC_ENDPOINT_API) into the base URL the
 * client appends `/<Call>` to. Outscale's own tools disagree on the format of that value (see
 * the list), so we accept every form in use:
 *
 *   ''                                   https://api.<region>.outscale.com/api/v1
 *   https://api.eu-west-2.outscale.com   + /api/v1 (osc-config-spec: a URL with no path)
 *   http://127.0.0.1:3000/api/v1         as is (JS SDK, Go SDK v3: the base path itself)
 *   api.eu-west-2.outscale.com/api/v1    https:// added (osc-cli: a host and path, no scheme)
 *   outscale.com/oapi/latest             https://api.<region>.outscale.com/api/v1 (Packer)
 *   outscale.hk                          https://api.<region>.outscale.hk/api/v1 (Packer)
 *
 * A value without a scheme is a host when it starts with `api.`, is `localhost` or an IP address;
 * otherwise it is a Packer-style domain suffix. Packer's default suffix `outscale.com/oapi/latest`
 * comes from its 2020 client; the published spec only serves `/api/v1` (its `servers` entry), no
 * current Outscale source documents `/oapi/latest`, and today's Packer plugin hands the value to
 * the SDK whose default path is `/api/v1`. So a Packer template copied as is must keep working:
 * we map `/oapi/latest` (and an empty path) to `/api/v1`. Any other path is kept as given.
 */
const API_PATH = '/api/v1';
const PACKER_LEGACY_PATH = '/oapi/latest';
function resolveEndpoint(region, customEndpointOapi) {
    const value = customEndpointOapi.trim();
    if (value === '')
        return `https://${apiHost(region, 'outscale.com', value)}${API_PATH}`;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        return withApiPath(parseUrl(value, value));
    const slash = value.indexOf('/');
    const host = slash === -1 ? value : value.slice(0, slash);
    const path = slash === -1 ? '' : value.slice(slash);
    if (isHostName(host))
        return withApiPath(parseUrl(`https://${value}`, value));
    const packerPath = path === '' || stripSlash(path) === PACKER_LEGACY_PATH ? API_PATH : path;
    return withApiPath(parseUrl(`https://${apiHost(region, host, value)}${packerPath}`, value));
}
function apiHost(region, domain, input) {
    if (region.trim() === '') {
        const shown = input === '' ? 'the default endpoint' : `custom_endpoint_oapi "${input}"`;
        throw new Error(`The OAPI endpoint cannot be built: ${shown} needs a region (api.<region>.${domain}). ` +
            'Set the region input (or OSC_REGION), or give custom_endpoint_oapi as a full URL.');
    }
    return `api.${region.trim()}.${domain}`;
}
/** True for `api.<...>`, `localhost` and IP addresses (with or without a port). */
function isHostName(host) {
    const name = host.replace(/:\d+$/, '');
    return (name.startsWith('api.') ||
        name === 'localhost' ||
        /^\d{1,3}(\.\d{1,3}){3}$/.test(name) ||
        name.startsWith('['));
}
function parseUrl(candidate, input) {
    let url;
    try {
        url = new URL(candidate);
    }
    catch {
        throw new Error(`custom_endpoint_oapi "${input}" is not a valid URL or domain. ` +
            'Use a URL such as https://api.eu-west-2.outscale.com/api/v1 or a domain such as outscale.com.');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new Error(`custom_endpoint_oapi "${input}" must use http:// or https://.`);
    }
    if (url.search !== '' || url.hash !== '') {
        throw new Error(`custom_endpoint_oapi "${input}" must not have a query string or fragment.`);
    }
    return url;
}
/** Adds /api/v1 to a URL with no path; otherwise keeps the path, minus a trailing slash. */
function withApiPath(url) {
    const path = stripSlash(url.pathname);
    return `${url.protocol}//${url.host}${path === '' ? API_PATH : path}`;
}
function stripSlash(path) {
    return path.replace(/\/+$/, '');
}

// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/oapi/duration-cache.ts
/**
 * How long the cloud's operations recently took on this runner (volume available, link attached,
 * OMI available...), so that the waiters read around the moment an operation usually ends
 * instead of on a blind schedule (waiters.ts).
 *
 * A small JSON file under the runner's tool cache (RUNNER_TOOL_CACHE, kept between jobs on a
 * self-hosted runner, which is where this action runs), owner-only, a few samples per operation.
 * It only ever changes when reads happen, never what a build does: a missing, foreign, oversized
 * or corrupt file is ignored (the waiters then poll as they do without it), and a write that
 * fails is dropped.
 */



/** Samples kept per kind of operation: enough for a spread, few enough to follow a change. */
const samplesPerKind = 8;
/** Kinds kept in the file; the least recently recorded go first. */
const maxKinds = 16;
/** A larger file is not ours (a full one is about 3 KB): it is ignored, then replaced. */
const maxFileBytes = 16 * 1024;
/** A sample longer than a day is not a duration this cache can use. */
const maxSampleMs = 24 * 3600 * 1000;
function validSample(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const { lowMs, highMs } = value;
    return (typeof lowMs === 'number' &&
        typeof highMs === 'number' &&
        Number.isFinite(lowMs) &&
        Number.isFinite(highMs) &&
        lowMs >= 0 &&
        lowMs <= highMs &&
        highMs <= maxSampleMs);
}
/** The file's samples; anything that is not exactly what this module writes yields none. */
function parseSamples(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return {};
    }
    if (typeof parsed !== 'object' || parsed === null)
        return {};
    const { version, kinds } = parsed;
    if (version !== 1)
        return {};
    if (typeof kinds !== 'object' || kinds === null || Array.isArray(kinds))
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
/** Adds a sample, keeping the bounds: the kind just recorded moves last (most recent). */
function withSample(samples, kind, sample) {
    const rest = Object.entries(samples).filter(([name]) => name !== kind);
    const list = [...(samples[kind] ?? []), sample].slice(-samplesPerKind);
    return Object.fromEntries([...rest, [kind, list]].slice(-maxKinds));
}
/** The file's samples, or none when it is missing, not a regular file, not ours or too big. */
async function readOwnFile(file) {
    try {
        const stats = await (0,external_node_fs_promises_.lstat)(file);
        if (!stats.isFile() || stats.size > maxFileBytes)
            return {};
        if (process.getuid && stats.uid !== process.getuid())
            return {};
        return parseSamples(await (0,external_node_fs_promises_.readFile)(file, 'utf8'));
    }
    catch {
        return {};
    }
}
/** The durations file of this runner; one read per process, merged again at each write. */
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
        // Read again: another build on this runner may have recorded meanwhile.
        const samples = withSample(await readOwnFile(this.file), kind, sample);
        this.loaded = Promise.resolve(samples);
        const directory = (0,external_node_path_.join)(this.file, '..');
        const temporary = `${this.file}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
        try {
            await (0,external_node_fs_promises_.mkdir)(directory, { recursive: true, mode: 0o700 });
            await (0,external_node_fs_promises_.writeFile)(temporary, JSON.stringify({ version: 1, kinds: samples }), {
                mode: 0o600,
                flag: 'wx'
            });
            await (0,external_node_fs_promises_.rename)(temporary, this.file);
        }
        catch {
            // Only timing depends on this file; a build never fails for it.
            await (0,external_node_fs_promises_.rm)(temporary, { force: true }).catch(() => undefined);
        }
    }
}
/** Durations kept in memory (tests, or a caller with its own persistence). */
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
/**
 * The runner's store: RUNNER_TOOL_CACHE/osc-chroot/durations.json. None outside a runner (the
 * CLI, tests), where the waiters keep their fixed schedule.
 */
function runnerDurationStore(env = process.env) {
    const toolCache = env.RUNNER_TOOL_CACHE?.trim();
    if (!toolCache)
        return undefined;
    if (runnerStore?.toolCache !== toolCache) {
        const file = (0,external_node_path_.join)(toolCache, 'osc-chroot', 'durations.json');
        runnerStore = { toolCache, store: new FileDurationStore(file) };
    }
    return runnerStore.store;
}

;// CONCATENATED MODULE: ./src/oapi/waiters.ts


/**
 * The build's policy. The first read after 1 s: what was just created or linked is not ready
 * sooner (the call's own answer gave its state); then every 0.8 s, 10 % longer each time, up to
 * 5 s; snapshots are read by their progress. In the benchmark (bench/README.md) it finds a
 * resource ready about 0.4 s after it is, where Packer's 2 s polling takes about 1 s, for a few
 * more reads on a short wait and far fewer on a snapshot.
 */
const adaptivePolling = {
    firstReadMs: 1000,
    initialMs: 800,
    maxMs: 5000,
    factor: 1.1,
    followProgress: true,
    learnDurations: true
};
/** waitFor's default when no policy is given: a read at once, then 250 ms ×1.5 up to 5 s. */
const quickPolling = { initialMs: 250, maxMs: 5000, factor: 1.5 };
/** Packer's waiters: every 2 s, always. Kept for the benchmark's side-by-side comparison. */
const packerPolling = { initialMs: 2000, maxMs: 2000, factor: 1 };
/**
 * The polling policy named by OSC_CHROOT_POLL_POLICY: `adaptive` (the default, also when unset
 * or empty) or `packer`. Only the benchmark sets it, to compare both policies on the same build.
 */
function pollPolicyFromEnv(env = process.env) {
    const value = (env.OSC_CHROOT_POLL_POLICY ?? '').trim().toLowerCase();
    if (value === '' || value === 'adaptive')
        return adaptivePolling;
    if (value === 'packer')
        return packerPolling;
    throw new Error(`OSC_CHROOT_POLL_POLICY="${env.OSC_CHROOT_POLL_POLICY}" is not a polling policy: ` +
        'use "adaptive" (the default) or "packer".');
}
/** Reads inside a learned window at most: the bound on the calls a learned schedule adds. */
const learnedWindowReads = 4;
/** Reads inside a learned window are never closer than this: a tighter window gains little. */
const learnedLagMs = 300;
/**
 * The least spread of a learned window, as a share of the typical duration: one or two samples
 * that agree say little of how much the next one varies (the same operation often takes a tenth
 * more or less), and a window narrower than that is missed by most operations, which then wait
 * for the policy's backoff.
 */
const learnedSpread = 0.2;
/**
 * When a recorded operation ended, at best known: the middle of its sample. A sample seen done at
 * the wait's first read (lowMs 0) only says it ended by then: it counts a step earlier, so that a
 * runner whose operations got faster moves its first read earlier, one step per build.
 */
function estimatedEndMs(sample) {
    if (sample.lowMs > 0)
        return (sample.lowMs + sample.highMs) / 2;
    return Math.max(sample.highMs - learnedLagMs, sample.highMs / 2);
}
/**
 * The window of reads from recent durations: the recent operations ended between the earliest
 * and the latest estimated end (widened to learnedSpread of the typical duration when they
 * agree more closely), and the reads split that span in equal parts, the last at the
 * latest end: for ends spread evenly, an eighth of the span of lag for two and a half reads on
 * average (a read at the earliest end itself would almost never see it done). One odd sample cannot stretch it: the
 * window stays within half and twice the typical duration. Past the window the policy's own
 * backoff takes over; an operation that ends before it is seen at its first read.
 */
function learnedWindow(samples) {
    if (samples.length === 0)
        return undefined;
    const ends = samples.map(estimatedEndMs);
    const typical = median(ends);
    const middle = (Math.min(...ends) + Math.max(...ends)) / 2;
    const halfSpread = Math.max(Math.max(...ends) - middle, (typical * learnedSpread) / 2);
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
        this.name = 'WaitError';
        this.reason = details.reason;
        this.phase = details.phase;
        this.lastState = details.lastState;
        this.elapsedMs = details.elapsedMs;
    }
}
/**
 * Polls until done(resource), and returns the last read. Rejects with a WaitError on a fail
 * state, a missing resource or the deadline; with the read's own error when a read fails (the
 * client has already retried what can be retried); with the signal's reason on cancellation.
 */
async function waitFor(options) {
    const policy = options.policy ?? quickPolling;
    const sleep = options.sleep ?? realSleep;
    const now = options.now ?? systemClock;
    const { signal, phase, what } = options;
    const timeoutMs = options.timeoutSeconds * 1000;
    const startedAt = options.startedAt ?? now();
    const progressRate = new ProgressRate();
    const durations = policy.learnDurations && options.learnAs ? options.durations : undefined;
    const window = durations && learnedWindow(await durations.recent(options.learnAs ?? ''));
    let windowReadsLeft = window?.reads ?? 0;
    let lastState;
    let delayMs = policy.initialMs;
    // The start of the last read that saw the operation not done yet: it ended after that.
    let notDoneAtMs = 0;
    const firstReadMs = window?.firstReadMs ?? policy.firstReadMs ?? 0;
    const untilFirstReadMs = Math.min(firstReadMs, timeoutMs) - (now() - startedAt);
    if (untilFirstReadMs > 0)
        await sleep(untilFirstReadMs, signal);
    for (;;) {
        signal?.throwIfAborted();
        const readAtMs = now() - startedAt;
        const resource = await options.read();
        signal?.throwIfAborted();
        const elapsedMs = now() - startedAt;
        windowReadsLeft--;
        if (resource === undefined) {
            if (elapsedMs >= (options.notFoundGraceMs ?? 0)) {
                const seen = lastState === undefined ? '' : ` (it was ${lastState} before)`;
                throw new WaitError(`Stopped waiting for ${what}: it was not found after ${formatDuration(elapsedMs)}${seen}. ` +
                    'It was deleted, or never existed.', { reason: 'not-found', phase, lastState, elapsedMs });
            }
        }
        else {
            lastState = options.state(resource);
            const progress = options.progress?.(resource);
            options.onProgress?.({ elapsedMs, state: lastState, progress });
            progressRate.observe(elapsedMs, progress);
            const failure = options.failed(resource);
            if (failure !== undefined) {
                throw new WaitError(`Stopped waiting for ${what}: ${failure} (state ${lastState}, after ${formatDuration(elapsedMs)}).`, { reason: 'failed', phase, lastState, elapsedMs });
            }
            if (options.done(resource)) {
                await durations?.record(options.learnAs ?? '', { lowMs: notDoneAtMs, highMs: readAtMs });
                return resource;
            }
        }
        notDoneAtMs = readAtMs;
        if (elapsedMs >= timeoutMs) {
            throw new WaitError(`Timed out after ${formatDuration(elapsedMs)} waiting for ${what} ` +
                `(last state: ${lastState ?? 'not found'}). If this is only slow, raise "${phase}" in ` +
                `the timeouts input (now ${options.timeoutSeconds} s).`, { reason: 'timeout', phase, lastState, elapsedMs });
        }
        const untilDoneMs = policy.followProgress ? progressRate.msUntilComplete() : undefined;
        let nextMs;
        if (untilDoneMs !== undefined)
            nextMs = readAheadOf(untilDoneMs, policy);
        else if (window && windowReadsLeft > 0)
            nextMs = window.stepMs;
        else {
            nextMs = delayMs;
            delayMs = Math.min(delayMs * policy.factor, policy.maxMs);
        }
        // Counted from the start of the read, so that the reads keep their spacing; never past the
        // deadline: the last poll happens right at it.
        const untilNextMs = Math.min(readAtMs + nextMs, timeoutMs) - elapsedMs;
        if (untilNextMs > 0)
            await sleep(untilNextMs, signal);
    }
}
/** Never re-read sooner than this, even when progress says the resource is about done. */
const minimumReadAheadMs = 250;
/** The wait before the next read, from the time progress says is left. */
function readAheadOf(untilDoneMs, policy) {
    const step = untilDoneMs > 2 * policy.maxMs ? untilDoneMs / 2 : untilDoneMs;
    return Math.max(step, minimumReadAheadMs);
}
/**
 * Progress is a whole percentage: over reads this far apart at least, its rounding says little of
 * the rate (over 0.3 s of a 20 s snapshot, one point is a third of what it moved).
 */
const progressBaselineMs = 2000;
/**
 * The rate of a progress percentage, from the first read where it had moved off 0 to the latest
 * read at least progressBaselineMs later: a snapshot waits in-queue at 0 % first, which says
 * nothing of its speed.
 */
class ProgressRate {
    first;
    latest;
    observe(elapsedMs, percent) {
        if (percent === undefined || percent <= 0)
            return;
        const reading = { elapsedMs, percent };
        this.first ??= reading;
        this.latest = reading;
    }
    /** Undefined until two reads progressBaselineMs apart have shown it move. */
    msUntilComplete() {
        const { first, latest } = this;
        if (!first || !latest || latest.percent <= first.percent)
            return undefined;
        if (latest.elapsedMs - first.elapsedMs < progressBaselineMs)
            return undefined;
        const percentPerMs = (latest.percent - first.percent) / (latest.elapsedMs - first.elapsedMs);
        return Math.max(0, (100 - latest.percent) / percentPerMs);
    }
}
const defaultNotFoundGraceMs = 10_000;
function pollingOptions(options, learnAs) {
    return {
        ...options,
        notFoundGraceMs: options.notFoundGraceMs ?? defaultNotFoundGraceMs,
        learnAs: options.learnAs ?? learnAs,
        durations: options.durations ?? runnerDurationStore()
    };
}
/** One volume by id; undefined when it does not exist (any more). */
async function readVolume(client, volumeId, signal) {
    const volumes = await client.readVolumes({ VolumeIds: [volumeId] }, signal);
    return volumes.find((volume) => volume.VolumeId === volumeId);
}
/** One snapshot by id; undefined when it does not exist (any more). */
async function readSnapshot(client, snapshotId, signal) {
    const snapshots = await client.readSnapshots({ SnapshotIds: [snapshotId] }, signal);
    return snapshots.find((snapshot) => snapshot.SnapshotId === snapshotId);
}
/** One OMI by id; undefined when it does not exist (any more). */
async function readImage(client, imageId, signal) {
    const images = await client.readImages({ ImageIds: [imageId] }, signal);
    return images.find((image) => image.ImageId === imageId);
}
/** A volume that went to error, or that is being deleted, will never be usable. */
function volumeFailure(volume) {
    if (volume.State === 'error')
        return 'the volume went to state error';
    if (volume.State === 'deleting')
        return 'the volume is being deleted';
    return undefined;
}
/** The volume's links that are not over: a link in state detached no longer counts. */
function activeLinks(volume) {
    return (volume.LinkedVolumes ?? []).filter((link) => link.State !== 'detached');
}
/** After CreateVolume: the volume is available. */
function waitForVolumeAvailable(client, volumeId, options) {
    return waitFor({
        ...pollingOptions(options, 'volume-available'),
        what: `volume ${volumeId} to be available`,
        phase: 'volume',
        read: () => readVolume(client, volumeId, options.signal),
        state: (volume) => volume.State,
        done: (volume) => volume.State === 'available',
        failed: volumeFailure
    });
}
/** After LinkVolume: the volume is in-use and its link to vmId is attached. */
function waitForVolumeLinked(client, volumeId, vmId, options) {
    const linkTo = (volume) => volume.LinkedVolumes?.find((link) => link.VmId === vmId);
    return waitFor({
        ...pollingOptions(options, 'volume-linked'),
        what: `volume ${volumeId} to be linked to VM ${vmId}`,
        phase: 'link',
        read: () => readVolume(client, volumeId, options.signal),
        state: (volume) => `${volume.State}, link ${linkTo(volume)?.State ?? 'not listed yet'}`,
        done: (volume) => volume.State === 'in-use' && linkTo(volume)?.State === 'attached',
        failed: (volume) => {
            const other = activeLinks(volume).find((link) => link.VmId !== vmId);
            if (other)
                return `the volume is linked to another VM (${other.VmId})`;
            return volumeFailure(volume);
        }
    });
}
/** After UnlinkVolume: the volume is available again and no longer linked. */
function waitForVolumeUnlinked(client, volumeId, options) {
    return waitFor({
        ...pollingOptions(options, 'volume-unlinked'),
        what: `volume ${volumeId} to be unlinked`,
        phase: 'link',
        read: () => readVolume(client, volumeId, options.signal),
        state: (volume) => {
            const link = activeLinks(volume)[0];
            return link ? `${volume.State}, link ${link.State ?? 'unknown'}` : volume.State;
        },
        done: (volume) => volume.State === 'available' && activeLinks(volume).length === 0,
        failed: volumeFailure
    });
}
/** After CreateSnapshot: completed. in-queue, pending and any other state count as in progress. */
function waitForSnapshotCompleted(client, snapshotId, options) {
    return waitFor({
        ...pollingOptions(options, 'snapshot-completed'),
        what: `snapshot ${snapshotId} to be completed`,
        phase: 'snapshot',
        read: () => readSnapshot(client, snapshotId, options.signal),
        state: (snapshot) => snapshot.State,
        done: (snapshot) => snapshot.State === 'completed',
        failed: (snapshot) => {
            if (snapshot.State === 'error')
                return 'the snapshot went to state error';
            if (snapshot.State === 'deleting')
                return 'the snapshot is being deleted';
            return undefined;
        },
        progress: (snapshot) => snapshot.Progress
    });
}
/** After CreateImage (register or copy): available; failed carries the image's state comment. */
function waitForImageAvailable(client, imageId, options) {
    return waitFor({
        ...pollingOptions(options, 'omi-available'),
        what: `OMI ${imageId} to be available`,
        phase: 'omi',
        read: () => readImage(client, imageId, options.signal),
        state: (image) => image.State,
        done: (image) => image.State === 'available',
        failed: (image) => {
            if (image.State !== 'failed')
                return undefined;
            const comment = [image.StateComment?.StateCode, image.StateComment?.StateMessage]
                .filter(Boolean)
                .join(': ');
            return comment ? `the OMI failed: ${comment}` : 'the OMI failed (no reason given)';
        }
    });
}

;// CONCATENATED MODULE: ./src/oapi/metadata.ts

const defaultMetadataEndpoint = 'http://169.254.169.254';
const defaultTimeoutMs = 2000;
const attempts = 2;
async function readVmIdentity(options = {}) {
    const base = (options.endpoint ||
        process.env.OSC_METADATA_ENDPOINT ||
        defaultMetadataEndpoint).replace(/\/+$/, '');
    const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    // Its own connection pool, closed at the end, so no idle socket outlives the call.
    const agent = createAgent(base, { rejectUnauthorized: true });
    try {
        const read = (path) => readText(agent, `${base}/latest/meta-data/${path}`, timeoutMs, options.signal);
        const vmId = await read('instance-id');
        const subregion = await read('placement/availability-zone');
        if (!/^i-[0-9a-f]+$/.test(vmId)) {
            throw new Error(`The VM metadata service at ${base} returned "${vmId}" as instance-id, which is not a VM ID (i-xxxxxxxx).`);
        }
        if (!/^[a-z0-9-]+[0-9][a-z]$/.test(subregion)) {
            throw new Error(`The VM metadata service at ${base} returned "${subregion}" as availability zone, which is ` +
                'not a Subregion name (a region followed by a letter, e.g. eu-west-2a).');
        }
        return { vmId, subregion, region: subregion.slice(0, -1) };
    }
    finally {
        agent.destroy();
    }
}
/** GET url → trimmed text, tried twice, with a timeout on each try. */
async function readText(agent, url, timeoutMs, signal) {
    let lastProblem = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        signal?.throwIfAborted();
        try {
            const reply = await send(url, { method: 'GET', agent, timeoutMs, signal });
            const text = reply.text.trim();
            if (reply.status >= 200 && reply.status <= 299)
                return text;
            lastProblem = `HTTP ${reply.status}${text ? `: ${text.slice(0, 200)}` : ''}`;
        }
        catch (error) {
            if (signal?.aborted)
                throw signal.reason;
            lastProblem = error instanceof HttpTimeoutError ? error.message : metadata_describe(error);
        }
    }
    throw new Error(`cannot reach the VM metadata service at ${url} (${lastProblem}, ${attempts} tries): this ` +
        'action must run on an Outscale VM (a self-hosted runner), because it links a volume to the ' +
        'VM it runs on. OSC_METADATA_ENDPOINT overrides the address (for tests).');
}
function metadata_describe(error) {
    const cause = error.cause ?? error;
    const code = cause.code;
    const message = cause instanceof Error ? cause.message : String(cause);
    return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

;// CONCATENATED MODULE: ./src/oapi/persist.ts
/**
 * Sending a call again, within a deadline, while the API answers what only time changes: a
 * resource just created that the API does not list yet (eventual consistency: CreateTags on it may
 * answer no-such-*), a quota of operations in progress (too-many-concurrent-snapshots), or
 * throttling the client already retried as long as its own budget allowed. Any other failure is
 * thrown at once.
 */



/** The waits between attempts: 1 s, doubling up to 15 s. */
const firstWaitMs = 1000;
const maxWaitMs = 15_000;
/** What a just-created resource and throttling have in common: a later attempt may succeed. */
function isWorthWaitingFor(error) {
    return isNotFound(error) || error.retryable;
}
/** Runs action until it succeeds, a failure time cannot change, or the deadline. */
async function persist(action, options) {
    const sleep = options.sleep ?? realSleep;
    const now = options.now ?? systemClock;
    const worthWaiting = options.worthWaiting ?? isWorthWaitingFor;
    const startedAt = now();
    const deadline = startedAt + options.timeoutSeconds * 1000;
    let waitMs = firstWaitMs;
    for (let attempt = 1;; attempt++) {
        options.signal?.throwIfAborted();
        try {
            return await action();
        }
        catch (error) {
            if (!(error instanceof OapiError) || !worthWaiting(error))
                throw error;
            const elapsed = now() - startedAt;
            if (now() + waitMs > deadline) {
                error.message +=
                    ` Tried ${attempt} time${attempt === 1 ? '' : 's'} in ${formatDuration(elapsed)} while ` +
                        `${options.what}; raise "${options.phase}" in the timeouts input to wait longer.`;
                throw error;
            }
            log.info(`${options.what}: ${error.code ? `code ${error.code}, ` : ''}trying again in ` +
                `${formatDuration(waitMs)} (${formatDuration(elapsed)} so far, up to ` +
                `${formatDuration(options.timeoutSeconds * 1000)}).`);
            await sleep(waitMs, options.signal);
            waitMs = Math.min(waitMs * 2, maxWaitMs);
        }
    }
}

;// CONCATENATED MODULE: ./src/oapi/index.ts
/** The OAPI client, its waiters and the VM metadata client: what the rest of osc-chroot uses. */










;// CONCATENATED MODULE: ./src/pipeline/cleanup-settings.ts


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
    accessKey: '',
    profile: ''
};
/** The journal's settings, any field it lacks taken from the defaults. */
function cleanupSettingsFrom(recorded) {
    return {
        ...defaultCleanupSettings,
        ...recorded,
        timeouts: { ...defaultTimeouts, ...recorded?.timeouts }
    };
}

;// CONCATENATED MODULE: ./src/pipeline/journal.ts
/**
 * The journal: every resource the build creates or changes, written to disk the moment it exists
 * (before any wait on it), so that whatever happens to this process, the post step (another
 * process) can find it and undo it.
 *
 * An entry is "active" until it is undone or kept. Cleanup is one mechanism for every path: the
 * happy path undoes entries early (unmount before the snapshot, unlink before the snapshot), a
 * failure undoes what is left in reverse order, and the post step does the same from the file.
 * It holds ids and paths only: never a credential.
 *
 * A resource is journaled *before* the call that creates it, by what finds it again when the
 * answer (and so its id) never arrives, e.g. because the process was killed meanwhile: the
 * ClientToken of a volume or snapshot, the name of an OMI. The id is added once it is known.
 * A link and a mount are journaled before they are made, too; their undo checks they exist.
 */


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
            content = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch {
            return undefined;
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
            status: 'active'
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
        return this.data.entries
            .filter((e) => e.status === 'active' && (!kind || e.resource.kind === kind))
            .reverse();
    }
    entries() {
        return this.data.entries;
    }
    /** Written to a temporary file and renamed, so a kill mid-write never leaves half a journal. */
    save() {
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.path), { recursive: true, mode: 0o700 });
        const temporary = `${this.path}.tmp`;
        (0,external_node_fs_.writeFileSync)(temporary, JSON.stringify(this.data, null, 2), { mode: 0o600 });
        (0,external_node_fs_.renameSync)(temporary, this.path);
    }
}
/**
 * A step's own journal, which the build's steps get from buildStep (step.ts): a step records its
 * resources without naming itself again.
 */
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

;// CONCATENATED MODULE: ./src/pipeline/context.ts



/** What each result is, and which step sets it: the words of `need`'s error. */
const stepResults = {
    accountId: { what: 'the account id', setBy: 'StepPrevalidateName' },
    vm: { what: "the runner's VM", setBy: 'StepVmInfo' },
    sourceImage: { what: 'the source OMI', setBy: 'StepSourceOmi' },
    baseImage: { what: 'the OMI to make the volume from', setBy: 'StepSourceOmi, StepCopySourceOmi' },
    namesInUse: { what: "the device names of the VM's links", setBy: 'StepReadDeviceNames' },
    deviceName: { what: 'the device name', setBy: 'StepLinkVolume' },
    blockDevice: { what: 'the block device', setBy: 'StepLinkVolume' },
    volume: { what: 'the volume', setBy: 'StepCreateVolume' },
    mountPath: { what: 'the mount path', setBy: 'StepMount' },
    snapshot: { what: 'the snapshot', setBy: 'StepSnapshot' },
    image: { what: 'the OMI', setBy: 'StepRegisterOmi' },
    rendered: { what: 'the rendered templates', setBy: 'StepRenderTemplates' }
};
/** Thrown by `need`: the steps run in an order that does not give a step what it reads. */
class MissingStepResultError extends Error {
    step;
    result;
    constructor(step, result) {
        const { what, setBy } = stepResults[result];
        super(`step ${step} needs ${what} from an earlier step (set by ${setBy}), and none has set it.`);
        this.step = step;
        this.result = result;
        this.name = 'MissingStepResultError';
    }
}
/** What an earlier step set; throws, naming `step`, when none has. */
function need(context, result, step) {
    const value = context[result];
    if (value === undefined)
        throw new MissingStepResultError(step, result);
    return value;
}
/**
 * The variables templates of tags, descriptions and volume tags can use: Packer's "build template
 * data" (src/template.ts, templateVariables), with BuildRegion always set.
 */
function buildInfoVars(context) {
    const source = context.sourceImage;
    return {
        BuildRegion: context.region,
        SourceOMI: source?.ImageId ?? '',
        SourceOMIName: source?.ImageName ?? '',
        SourceOMITags: Object.fromEntries((source?.Tags ?? []).map((tag) => [tag.Key, tag.Value]))
    };
}
/** Renders a map option (tags, snapshot_tags, root_volume_tags), keys and values. */
function renderMap(map, context, field) {
    const vars = buildInfoVars(context);
    return Object.fromEntries(Object.entries(map).map(([key, value]) => [
        render(key, vars, field),
        render(value, vars, field)
    ]));
}
/** Tag keys of every temporary resource; the orphan sweep (sweep.ts) finds orphans by them. */
const buildIdTag = 'osc-chroot:build-id';
const createdAtTag = 'osc-chroot:created-at';
/**
 * The tags every temporary resource carries, so an orphan can be traced to its build. Both go in
 * one CreateTags call: a resource never has a build id without the age the sweep needs.
 */
function buildTags(context) {
    return { [buildIdTag]: context.buildId, [createdAtTag]: context.startedAt };
}
/** Waiter options for a phase: the user's deadline, cancellation, and a log line per change. */
function waitOptions(context, phase) {
    let lastLine = '';
    return {
        timeoutSeconds: context.config.timeouts[phase],
        signal: context.signal,
        policy: context.poll,
        onProgress: (progress) => {
            const percent = progress.progress === undefined ? '' : ` ${progress.progress}%`;
            const line = `${progress.state}${percent}`;
            if (line !== lastLine) {
                log.info(`  ${line} (${formatDuration(progress.elapsedMs)})`);
                lastLine = line;
            }
        }
    };
}
/** persist() options for a phase: the user's deadline for it, and cancellation. */
function persistOptions(context, phase, what) {
    return { what, phase, timeoutSeconds: context.config.timeouts[phase], signal: context.signal };
}

;// CONCATENATED MODULE: ./src/pipeline/runner.ts
/**
 * Runs the pipeline's steps in order, then the cleanup, whatever happened: success, a failing
 * step, or a cancellation (SIGINT/SIGTERM abort the signal; the build stops at the next safe
 * point, i.e. the current step's next wait or the next step boundary).
 */



/** Thrown when the build is stopped by a signal. */
class CancelledError extends Error {
    constructor(reason = 'the build was cancelled') {
        super(reason);
        this.name = 'CancelledError';
    }
}
/**
 * The error of a cancelled build, named after the step it stopped at: the signal's reason (main.ts
 * aborts with "the build was cancelled (SIGINT)") and where it landed.
 */
function cancellation(signal, step, where) {
    const reason = signal.reason instanceof Error ? signal.reason.message : 'the build was cancelled';
    return new CancelledError(`${step}: ${reason} ${where}.`);
}
/**
 * What to do, for the failures whose own message cannot say it: a resource that Outscale put in a
 * fail state (volume or snapshot in error, OMI failed) has no option to fix.
 */
function adviceFor(error) {
    if (error instanceof WaitError && error.reason === 'failed') {
        return (' Outscale will not recover it: run the build again, and if it fails the same way, ' +
            'give Outscale support the resource id above.');
    }
    return '';
}
function runner_elapsedSince(start) {
    return Math.round((performance.now() - start) / 10) / 100;
}
function skipped({ name, title }) {
    return { timings: [{ name, title, seconds: 0, status: 'skipped' }] };
}
/** Runs one step (or skips it): its timing, and its error named after it. */
async function runOne(step, context, signal) {
    const { name, title } = step;
    if (step.skip?.(context))
        return skipped(step);
    const start = performance.now();
    try {
        await step.run(context);
        return { timings: [{ name, title, seconds: runner_elapsedSince(start), status: 'done' }] };
    }
    catch (caught) {
        const seconds = runner_elapsedSince(start);
        if (signal.aborted) {
            const error = cancellation(signal, name, 'during this step');
            return {
                timings: [{ name, title, seconds, status: 'cancelled' }],
                failure: { outcome: 'cancelled', error }
            };
        }
        const error = caught instanceof Error ? caught : new Error(String(caught));
        // need()'s error names the step already (context.ts).
        const named = error instanceof MissingStepResultError ? '' : `${name}: `;
        error.message = `${named}${error.message}${adviceFor(error)}`;
        return {
            timings: [{ name, title, seconds, status: 'failed' }],
            failure: { outcome: 'failed', error }
        };
    }
}
/**
 * Steps that run at the same time, in one log group. Every one of them is awaited, even after one
 * has failed (none is left running behind the cleanup), and each keeps its timing. The error that
 * stops the build is that of the first step, in the order given, that failed: the same error
 * whatever the timing (the credential check's explanation of a 401, not the name check's bare 401).
 * The others are logged.
 */
async function runTogether(group, steps, context, signal) {
    const ran = await log.group(group.title, () => Promise.all(steps.map((step) => runOne(step, context, signal))));
    const failures = ran.flatMap((one) => (one.failure ? [one.failure] : []));
    const [first, ...others] = failures;
    // Plain lines, not annotations: often the same cause (a 401, a refused certificate) seen by each.
    for (const other of others)
        log.info(`Also failed: ${other.error.message}`);
    const cancelled = failures.find((failure) => failure.outcome === 'cancelled');
    return { timings: ran.flatMap((one) => one.timings), failure: cancelled ?? first };
}
/**
 * Steps that do not depend on one another, run at the same time: as one step of the list, whose
 * timings are theirs. Skipped ones are skipped as usual.
 */
function together(title, ...steps) {
    return {
        name: steps.map((step) => step.name).join('+'),
        title,
        together: steps,
        // Run directly (not by runSteps): the same rule, every step awaited, the first one's error.
        run: async (context) => {
            const settled = await Promise.allSettled(steps.map(async (step) => (step.skip?.(context) ? undefined : step.run(context))));
            const failed = settled.find((result) => result.status === 'rejected');
            if (failed)
                throw failed.reason;
        }
    };
}
/**
 * Runs `steps`, then `cleanup(outcome)`. Errors of the cleanup are added to the result's error
 * (never hidden), but a cleanup error after a success makes the build fail: something was left.
 */
async function runSteps(steps, context, signal, cleanup) {
    const timings = [];
    let outcome = 'succeeded';
    let error;
    for (const step of steps) {
        if (signal.aborted) {
            outcome = 'cancelled';
            error = cancellation(signal, step.name, 'before this step started');
            break;
        }
        const ran = step.together
            ? await runTogether(step, step.together, context, signal)
            : step.skip?.(context)
                ? skipped(step)
                : await log.group(step.title, () => runOne(step, context, signal));
        timings.push(...ran.timings);
        if (ran.failure) {
            outcome = ran.failure.outcome;
            error = ran.failure.error;
            break;
        }
    }
    const start = performance.now();
    try {
        await log.group(outcome === 'succeeded' ? 'Cleaning up' : `Cleaning up after the build ${outcome}`, () => cleanup(outcome));
        timings.push({
            name: 'Cleanup',
            title: 'Cleaning up',
            seconds: runner_elapsedSince(start),
            status: 'done'
        });
    }
    catch (caught) {
        const message = caught instanceof Error ? caught.message : String(caught);
        timings.push({
            name: 'Cleanup',
            title: 'Cleaning up',
            seconds: runner_elapsedSince(start),
            status: 'failed'
        });
        if (error) {
            error.message += `\nCleanup also failed: ${message}`;
        }
        else {
            outcome = 'failed';
            error = new Error(`Cleanup: ${message}`);
        }
    }
    return { outcome, error, timings };
}

;// CONCATENATED MODULE: ./src/host/mountinfo.ts
/**
 * What is mounted right now, from /proc/self/mountinfo (readable by any user).
 *
 * Read at the moment of asking, so it includes what provisioning mounted inside the chroot.
 * Only this mount namespace is seen: a container that holds a copy of a mount is not.
 */


/** mountinfo escapes space, tab, newline and backslash as \ooo octal. */
function unescapeMountPath(path) {
    return path.replace(/\\([0-7]{3})/g, (_match, octal) => String.fromCharCode(parseInt(octal, 8)));
}
function parseMountInfo(text) {
    const entries = [];
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        // id parent major:minor root mountpoint options [optional fields...] - fstype source superoptions
        const [before, after = ''] = line.split(' - ');
        const fields = before.split(' ');
        const [fsType, source] = after.split(' ');
        entries.push({
            id: Number(fields[0]),
            parentId: Number(fields[1]),
            majorMinor: fields[2],
            mountPoint: unescapeMountPath(fields[4]),
            fsType,
            source: unescapeMountPath(source ?? '')
        });
    }
    return entries;
}
function readMountInfo() {
    return parseMountInfo((0,external_node_fs_.readFileSync)('/proc/self/mountinfo', 'utf8'));
}
/** The path as the kernel reports mount points (symlinks resolved) when it exists. */
function canonicalPath(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return (0,external_node_path_.resolve)(path);
    }
}
/** Mounts at or below path, in mountinfo order. */
function mountsUnder(path, entries = readMountInfo()) {
    const root = canonicalPath(path);
    const prefix = root.endsWith('/') ? root : `${root}/`;
    return entries.filter((m) => m.mountPoint === root || m.mountPoint.startsWith(prefix));
}
/** "major:minor" of a block device and, for a whole disk, of its partitions (from sysfs). */
function deviceNumbers(device) {
    const dir = (0,external_node_path_.join)('/sys/class/block', (0,external_node_path_.basename)(canonicalPath(device)));
    const numbers = [];
    const readDev = (path) => {
        try {
            numbers.push((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(path, 'dev'), 'utf8').trim());
        }
        catch {
            // not a device directory
        }
    };
    readDev(dir);
    try {
        for (const entry of (0,external_node_fs_.readdirSync)(dir)) {
            if (entry.startsWith((0,external_node_path_.basename)(dir)))
                readDev((0,external_node_path_.join)(dir, entry));
        }
    }
    catch {
        // not a block device known to sysfs
    }
    return numbers;
}
/** Every mount of the device or (for a whole disk) of one of its partitions. */
function mountsOf(device, entries = readMountInfo()) {
    const numbers = deviceNumbers(device);
    const path = canonicalPath(device);
    return entries.filter((m) => numbers.includes(m.majorMinor) || m.source === path || m.source === device);
}
/** Whether the device (or a partition of it) is mounted: such a volume must never be unlinked. */
function isMounted(device) {
    return mountsOf(device).length > 0;
}
/**
 * "major:minor" of a device number as stat() returns it (st_dev, st_rdev), decoded the way
 * glibc's major()/minor() do: https://man7.org/linux/man-pages/man3/makedev.3.html
 */
function majorMinorOf(deviceNumber) {
    const high = Math.floor(deviceNumber / 2 ** 32);
    const low = deviceNumber % 2 ** 32;
    const major = ((low >>> 8) & 0xfff) | ((high & 0xfffff000) >>> 0);
    const minor = (low & 0xff) | ((low >>> 12) & 0xfffff00);
    return `${major}:${minor}`;
}
/** "major:minor" of a block device node, or undefined when the path is not one. */
function blockDeviceNumber(device) {
    try {
        const stats = (0,external_node_fs_.statSync)(device);
        return stats.isBlockDevice() ? majorMinorOf(stats.rdev) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A whole disk's "major:minor" and those of its partitions, from sysfs (/sys/dev/block/M:m is
 * the kernel's own index by number, so a renamed or replaced /dev node cannot mislead it).
 */
function diskFamily(diskMajorMinor) {
    const dir = (0,external_node_path_.join)('/sys/dev/block', diskMajorMinor);
    const numbers = [diskMajorMinor];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return numbers;
    }
    for (const entry of entries) {
        try {
            (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, entry, 'partition'), 'utf8');
            numbers.push((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, entry, 'dev'), 'utf8').trim());
        }
        catch {
            // not a partition (holders, queue, ...)
        }
    }
    return numbers;
}
/** A mount and every mount made on top of or below it (its descendants), parents first. */
function mountTree(rootId, entries = readMountInfo()) {
    const tree = entries.filter((m) => m.id === rootId);
    for (let i = 0; i < tree.length; i++) {
        tree.push(...entries.filter((m) => m.parentId === tree[i].id && m.id !== tree[i].id));
    }
    return tree;
}
/** The mounts whose mount point is exactly path (a stack, bottom first). */
function mountsAt(path, entries = readMountInfo()) {
    const root = canonicalPath(path);
    return entries.filter((m) => m.mountPoint === root);
}

;// CONCATENATED MODULE: ./src/host/image-path.ts
/**
 * Paths inside the mounted image, resolved the way a process chrooted into it would see them.
 *
 * The host must never follow the image's symlinks itself: an absolute link in the image
 * (`/sbin -> /usr/sbin`, `/etc/resolv.conf -> /run/...`) names a path inside the image, but the
 * host kernel would resolve it against the host's own root and a copy would land on the host.
 * So every component is looked at with lstat (through the runner: the runner user may not read
 * the image) and links are followed here, re-rooted at the mount path. A path that climbs above the
 * image root (`../../etc/x`, or a link like `../../../..`) is refused: the chroot would clamp it,
 * the host would not, and it is never what the user meant.
 *
 * Paths the host writes to are also kept on the image's own file system (stayOnImageFileSystem):
 * a component whose device (st_dev) differs from the image root's, or that is a mount point
 * below it, is another file system mounted into the image (a bind of a host directory, the host's
 * /dev...), and a write there would land outside the image.
 */


class ImageEscapeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ImageEscapeError';
    }
}
/** Linux gives up after 40 links (ELOOP); so do we. */
const MAX_LINKS = 40;
const findTypes = { f: 'file', d: 'directory', l: 'symlink' };
const specialTypes = {
    b: 'block device',
    c: 'character device',
    p: 'fifo',
    s: 'socket',
    D: 'door'
};
/** What a PathInfo is, in words: "a directory", "a block device". */
function describePathType(info) {
    if (info.type === 'other')
        return `a ${info.special ?? 'special file'}`;
    if (info.type === 'missing')
        return 'missing';
    return `a ${info.type}`;
}
/** lstat through the runner: what is at hostPath, without following a final symlink. */
async function inspectPath(runner, hostPath) {
    // find prints nothing (exit 1) for a missing path; -P (the default) never follows the start point.
    // The link target comes last: it is the only field that may hold any character but NUL.
    const result = await runner.run(['find', hostPath, '-maxdepth', '0', '-printf', '%y\\0%D\\0%m\\0%U\\0%G\\0%l'], { quiet: true, allowedExitCodes: [0, 1] });
    if (result.stdout === '')
        return { type: 'missing' };
    const [kind, device, mode, uid, gid, ...link] = result.stdout.split('\0');
    const type = findTypes[kind] ?? 'other';
    const info = { type, device, mode, uid, gid };
    if (type === 'symlink')
        info.linkTarget = link.join('\0');
    if (type === 'other')
        info.special = specialTypes[kind] ?? `file of type ${kind}`;
    return info;
}
/**
 * Refuses hostPath when it is not on the image's own file system: another device, or a mount
 * point below the image root (a bind mount of the same file system has the same device).
 */
function assertOnImageFileSystem(pathInImage, componentInImage, hostPath, info, image) {
    const mounts = mountsUnder(image.mountPath);
    const root = canonicalPath(image.mountPath);
    // hostPath's directories are already resolved (no link in them); its last component may be the
    // image's link, which realpath would follow on the host: only the image root is canonicalised.
    const target = (0,external_node_path_.join)(root, (0,external_node_path_.relative)(image.mountPath, hostPath));
    const mountHere = mounts.find((m) => m.mountPoint !== root && m.mountPoint === target);
    if (info.device === image.device && !mountHere)
        return;
    const containing = mounts
        .filter((m) => m.mountPoint !== root && (target + '/').startsWith(m.mountPoint + '/'))
        .sort((a, b) => b.mountPoint.length - a.mountPoint.length)[0];
    const mount = mountHere ?? containing;
    const what = mount
        ? `the mount of ${mount.source} (${mount.fsType}) at ${mount.mountPoint}`
        : `another file system (device ${info.device}, the image is on ${image.device})`;
    throw new ImageEscapeError(`${pathInImage}: ${componentInImage} is on ${what}, not on the image's own file system; ` +
        `the host writes into the image only.`);
}
function components(path, viaLink) {
    return path
        .split('/')
        .filter((name) => name !== '' && name !== '.')
        .map((name) => ({ name, viaLink }));
}
/** Resolves pathInImage inside the image mounted at mountPath (see the header). */
async function resolveInImage(runner, mountPath, pathInImage, options = {}) {
    const followLastLink = options.followLastLink ?? true;
    let image;
    if (options.stayOnImageFileSystem) {
        const root = await inspectPath(runner, mountPath);
        if (root.type !== 'directory') {
            throw new Error(`The image root ${mountPath} is not a directory (${describePathType(root)}).`);
        }
        image = { mountPath, device: root.device ?? '' };
    }
    const resolved = [];
    let pending = components(pathInImage);
    let info = { type: 'directory' };
    let links = 0;
    let missing = false;
    while (pending.length > 0) {
        const component = pending.shift();
        const isLast = pending.length === 0;
        if (component.name === '..') {
            if (resolved.length === 0) {
                const how = component.viaLink ? `through the symlink ${component.viaLink}` : 'with ".."';
                throw new ImageEscapeError(`${pathInImage} leads outside the image (${how}).`);
            }
            resolved.pop();
            info = { type: 'directory' };
            continue;
        }
        resolved.push(component.name);
        if (missing)
            continue; // nothing below a missing directory can be a link
        const hostPath = (0,external_node_path_.join)(mountPath, ...resolved);
        info = await inspectPath(runner, hostPath);
        if (image && info.type !== 'missing') {
            assertOnImageFileSystem(pathInImage, `/${resolved.join('/')}`, hostPath, info, image);
        }
        if (info.type === 'missing') {
            missing = true;
        }
        else if (info.type === 'symlink' && (!isLast || followLastLink)) {
            if (++links > MAX_LINKS) {
                throw new Error(`${pathInImage}: too many levels of symbolic links in the image.`);
            }
            const target = info.linkTarget ?? '';
            const link = `/${resolved.join('/')} -> ${target}`;
            resolved.pop();
            if (target.startsWith('/'))
                resolved.length = 0; // absolute: from the image root
            pending = [...components(target, link), ...pending];
        }
    }
    if (missing)
        info = { type: 'missing' };
    return {
        hostPath: (0,external_node_path_.join)(mountPath, ...resolved),
        pathInImage: `/${resolved.join('/')}`,
        info
    };
}

;// CONCATENATED MODULE: ./src/host/image-file.ts
/**
 * Writing files into the image, and putting back exactly what was there before (copy_files and
 * policy-rc.d).
 *
 * Every write is a replacement by rename: the new content goes to a fresh temporary file created
 * exclusively in the destination's own directory (mktemp: O_CREAT|O_EXCL, so no link is followed),
 * gets its mode (and owner) set explicitly, and is renamed over the destination (mv -T, rename(2)).
 * Writing through an existing entry (`cp src dest`) would follow a symlink the image planted, open
 * a device node, or change a file hard-linked elsewhere; a rename only ever replaces a name in a
 * directory that has been resolved inside the image and checked to be on the image's own file
 * system (image-path.ts). A destination that is anything but a regular file or absent is refused.
 *
 * Replacing for the duration of the build: the image's own entry at that path (a file, or a
 * symlink: even a dangling one, which is never followed) is renamed to `<path>.osc-chroot-orig`;
 * when nothing was there, an empty `<path>.osc-chroot-absent` marker is left instead. Restoring
 * reads those markers, not memory, so it is idempotent and still right after a crash halfway: a
 * backup is renamed back over our copy (a symlink keeps its target, a file its content and mode);
 * a marker means "remove our copy". Before it touches anything, a restore checks again that the
 * paths still resolve, inside the image and on its file system, to where they were.
 */




const BACKUP_SUFFIX = '.osc-chroot-orig';
const ABSENT_SUFFIX = '.osc-chroot-absent';
function defaultMode(source) {
    if (!('hostFile' in source))
        return '0644';
    return `0${((0,external_node_fs_.statSync)(source.hostFile).mode & 0o777).toString(8)}`;
}
/** Where the new content is staged on the host, for text (the runner user writes it). */
function withSourceFile(source, use) {
    if ('hostFile' in source)
        return use(source.hostFile);
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'osc-chroot-'));
    const file = (0,external_node_path_.join)(dir, 'content');
    (0,external_node_fs_.writeFileSync)(file, source.content, { mode: 0o644 });
    return use(file).finally(() => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }));
}
/**
 * Writes the source at `hostPath` by rename (see the header). `hostPath`'s directory must already
 * be resolved inside the image and checked; its entry must be a regular file or absent.
 */
async function copyIntoImage(runner, source, hostPath, options = {}) {
    const existing = await inspectPath(runner, hostPath);
    if (existing.type !== 'file' && existing.type !== 'missing') {
        throw new Error(`Refusing to write ${hostPath}: it is ${describePathType(existing)} in the image; ` +
            'only a regular file (or nothing) is ever replaced.');
    }
    const name = (0,external_node_path_.basename)(hostPath).slice(0, 100);
    const created = await runner.run(['mktemp', `--tmpdir=${(0,external_node_path_.dirname)(hostPath)}`, `.${name}.osc-chroot-XXXXXXXXXX`], { quiet: true });
    const temporary = created.stdout.trim();
    try {
        await withSourceFile(source, (file) => runner.run(['cp', '--', file, temporary], { quiet: true }));
        await runner.run(['chmod', options.mode ?? defaultMode(source), '--', temporary], {
            quiet: true
        });
        if (options.owner) {
            const { uid, gid } = options.owner;
            await runner.run(['chown', `${uid}:${gid}`, '--', temporary], { quiet: true });
        }
        await runner.run(['mv', '-T', '-f', '--', temporary, hostPath], { quiet: true });
    }
    catch (error) {
        await runner.run(['rm', '-f', '--', temporary], { quiet: true, allowedExitCodes: [0, 1] });
        throw error;
    }
}
/** The owner and mode of an existing file, to keep them on its replacement. */
function keptAttributes(existing) {
    if (existing.type !== 'file' || !existing.mode)
        return {};
    const owner = existing.uid !== undefined && existing.gid !== undefined
        ? { uid: existing.uid, gid: existing.gid }
        : undefined;
    return { mode: `0${existing.mode}`, owner };
}
/** The entry at pathInImage itself (not followed), its directory checked to be the image's. */
async function resolveEntry(runner, mountPath, pathInImage) {
    const name = (0,external_node_path_.basename)(pathInImage);
    if (name === '' || name === '.' || name === '..') {
        throw new Error(`Cannot put ${pathInImage} into the image: it does not name a file.`);
    }
    const parent = await resolveInImage(runner, mountPath, (0,external_node_path_.dirname)(pathInImage), {
        stayOnImageFileSystem: true
    });
    if (parent.info.type !== 'directory') {
        throw new Error(`Cannot put ${pathInImage} into the image: ${parent.pathInImage} is not a directory there (${parent.info.type}).`);
    }
    const entry = await resolveInImage(runner, mountPath, (0,external_node_path_.join)(parent.pathInImage, name), {
        followLastLink: false,
        stayOnImageFileSystem: true
    });
    return { hostPath: entry.hostPath, info: entry.info };
}
/**
 * Replaces pathInImage with the source for the duration of the build. A leftover of an earlier,
 * interrupted build (backup or marker present) is restored first.
 */
async function replaceFileInImage(runner, mountPath, pathInImage, source, mode) {
    const { hostPath } = await resolveEntry(runner, mountPath, pathInImage);
    const paths = {
        mountPath,
        pathInImage,
        hostPath,
        backupPath: hostPath + BACKUP_SUFFIX,
        absentMarkerPath: hostPath + ABSENT_SUFFIX
    };
    await restoreFileInImage(runner, paths);
    const { info: existing } = await resolveEntry(runner, mountPath, pathInImage);
    let replaced;
    if (existing.type === 'missing') {
        await copyIntoImage(runner, { content: '' }, paths.absentMarkerPath, { mode: '0600' });
        replaced = { ...paths, original: 'none' };
    }
    else if (existing.type === 'file' || existing.type === 'symlink') {
        // mv renames the entry itself: a symlink is moved as a link, never followed.
        await runner.run(['mv', '-T', '--', hostPath, paths.backupPath], { quiet: true });
        replaced = { ...paths, original: existing.type, originalLinkTarget: existing.linkTarget };
    }
    else {
        throw new Error(`Cannot replace ${pathInImage} in the image: it is ${describePathType(existing)}, not a file or symlink.`);
    }
    try {
        await copyIntoImage(runner, source, hostPath, { mode });
    }
    catch (error) {
        await restoreFileInImage(runner, paths); // the image keeps its own entry
        throw error;
    }
    return replaced;
}
/**
 * The entry at hostPath, after checking that it still resolves inside the image, on its own file
 * system, to the same place (provisioning may have swapped a directory for a link meanwhile).
 */
async function recheckedEntry(runner, mountPath, hostPath, what) {
    const inImage = `/${(0,external_node_path_.relative)(mountPath, hostPath)}`;
    const entry = await resolveInImage(runner, mountPath, inImage, {
        followLastLink: false,
        stayOnImageFileSystem: true
    });
    if (entry.hostPath !== hostPath) {
        throw new Error(`Not restoring ${what}: ${inImage} now leads to ${entry.pathInImage} in the image (a directory ` +
            'on its way was replaced by a symlink during provisioning); left as it is.');
    }
    return entry.info;
}
/** Puts back what replaceFileInImage replaced. Idempotent; does nothing if nothing is pending. */
async function restoreFileInImage(runner, replaced) {
    const { mountPath, pathInImage } = replaced;
    // No image there (it was unmounted by hand): nothing of ours can be in it.
    if ((await inspectPath(runner, mountPath)).type === 'missing')
        return;
    const backup = await recheckedEntry(runner, mountPath, replaced.backupPath, pathInImage);
    const marker = await recheckedEntry(runner, mountPath, replaced.absentMarkerPath, pathInImage);
    if (backup.type === 'missing' && marker.type === 'missing')
        return;
    const current = await recheckedEntry(runner, mountPath, replaced.hostPath, pathInImage);
    if (current.type === 'directory') {
        throw new Error(`Not restoring ${pathInImage}: provisioning made it a directory; the image's own entry is ` +
            `left at ${replaced.backupPath}.`);
    }
    if (backup.type !== 'missing') {
        // rename(2) over our copy: the original comes back in one step.
        await runner.run(['mv', '-T', '-f', '--', replaced.backupPath, replaced.hostPath], {
            quiet: true
        });
    }
    else {
        await runner.run(['rm', '-f', '--', replaced.hostPath], { quiet: true });
        await runner.run(['rm', '-f', '--', replaced.absentMarkerPath], { quiet: true });
    }
}

;// CONCATENATED MODULE: ./src/host/copy-files.ts
/**
 * copy_files: host files (default /etc/resolv.conf, so the chroot can resolve names) copied over
 * the same paths in the image for provisioning, and the image's own entries put back afterwards.
 *
 * Packer's builder copied with `cp --remove-destination` and removed the copy afterwards, which
 * destroyed the image's resolv.conf (a systemd symlink, or a file) for good
 * (https://github.com/hashicorp/packer/issues/4698, https://github.com/hashicorp/packer/issues/500).
 * Here the image's entry is kept aside and restored exactly (see image-file.ts).
 */



function describeOriginal(file) {
    if (file.original === 'symlink')
        return `the image's symlink -> ${file.originalLinkTarget} kept aside`;
    if (file.original === 'file')
        return `the image's own file kept aside`;
    return 'the image had none';
}
/**
 * Copies each host path to the same path in the image (host symlinks followed: content copied).
 * All or nothing: when one copy fails, those already made are restored before the error.
 */
async function copyFiles(runner, mountPath, paths) {
    const missing = paths.filter((path) => !(0,external_node_fs_.existsSync)(path));
    if (missing.length > 0) {
        throw new Error(`copy_files: ${missing.join(', ')} not found on this host; remove it from copy_files.`);
    }
    // Content is copied (host links followed): a host device or fifo would be read, not copied.
    const special = paths.filter((path) => !(0,external_node_fs_.statSync)(path).isFile());
    if (special.length > 0) {
        throw new Error(`copy_files: ${special.join(', ')} is not a regular file on this host; copy_files copies files only.`);
    }
    const copied = { mountPath, files: [] };
    try {
        for (const path of paths) {
            const file = await replaceFileInImage(runner, mountPath, path, { hostFile: path });
            copied.files.push(file);
            log.info(`copy_files: ${path} copied from the host (${describeOriginal(file)})`);
        }
    }
    catch (error) {
        await restoreCopiedFiles(runner, copied);
        throw error;
    }
    return copied;
}
/** Puts back what the image had at each copied path. Idempotent. */
async function restoreCopiedFiles(runner, copied) {
    for (const file of [...copied.files].reverse()) {
        await restoreFileInImage(runner, file);
        log.info(`copy_files: ${file.pathInImage} restored (${file.original === 'none' ? 'removed' : `the image's own ${file.original}`})`);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/resources/copied-files.ts
/** copy_files: the host's files placed in the image for provisioning; the image's own come back. */

const copiedFiles = {
    describe: () => 'copied-files',
    undo: (resource, { host }) => restoreCopiedFiles(host, resource.undo)
};

;// CONCATENATED MODULE: ./src/pipeline/resources/find.ts
/**
 * Reading a resource known by its id. One whose id came back a moment ago may still be missing
 * from Read* (eventual consistency): it is read again for a few seconds before it is taken for
 * gone, so an undo right after a create does not leave it behind.
 */

/** How long a resource known by its id may be missing from Read* before it counts as gone. */
const visibilityGraceMs = 5000;
/** Tests pass a fake clock. */
const findTiming = { sleep: realSleep, now: systemClock };
async function readById(read) {
    const startedAt = findTiming.now();
    for (;;) {
        const found = await read();
        if (found !== undefined || findTiming.now() - startedAt >= visibilityGraceMs)
            return found;
        await findTiming.sleep(1000);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/resources/gone.ts
/**
 * The API answers a call on something already gone with InvalidResource no-such-* (HTTP 400, and
 * Details that may be empty): that is success for an undo or a sweep. Decided by the error code.
 */

async function ignoringGone(action) {
    try {
        await action();
    }
    catch (error) {
        if (!isNotFound(error))
            throw error;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/resources/image.ts
/**
 * The OMI the build registers: its product. CreateImage takes no ClientToken, so it is journaled
 * before the call by its name and the snapshot it is registered from (both this build's), its id
 * added once known. The build tags it only with the user's tags: the orphan sweep never sees it.
 */



async function findImage(client, entry) {
    const { imageId, imageName, snapshotId } = entry;
    if (imageId)
        return readById(() => readImage(client, imageId));
    if (!imageName)
        return undefined;
    const images = await client.readImages({
        ImageNames: [imageName],
        ...(snapshotId ? { BlockDeviceMappingSnapshotIds: [snapshotId] } : {})
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

// EXTERNAL MODULE: ./node_modules/proper-lockfile/index.js
var proper_lockfile = __webpack_require__(3648);
var proper_lockfile_default = /*#__PURE__*/__webpack_require__.n(proper_lockfile);
;// CONCATENATED MODULE: ./src/host/checked-directory.ts
/**
 * Whether a directory where osc-chroot writes as root (the host lock's, the mount path claims')
 * is safe: a real directory (not a symbolic link: whoever controls the link decides where root
 * writes), not writable by group or others (anyone could plant or remove files there), owned by
 * an allowed user. Each caller words the refusal for its own directory.
 */

/** What is wrong with `directory`, or undefined when it is safe and owned by one of `owners`. */
function directoryProblem(directory, owners) {
    const stat = (0,external_node_fs_.lstatSync)(directory, { throwIfNoEntry: false });
    if (!stat)
        return { kind: 'missing' };
    if (stat.isSymbolicLink())
        return { kind: 'symbolic link' };
    if (!stat.isDirectory())
        return { kind: 'not a directory' };
    if ((stat.mode & 0o022) !== 0) {
        return { kind: 'writable by others', mode: (stat.mode & 0o7777).toString(8).padStart(4, '0') };
    }
    if (!owners.includes(stat.uid))
        return { kind: 'foreign owner', uid: stat.uid };
    return undefined;
}

;// CONCATENATED MODULE: ./src/host/lock-directory.ts
/**
 * The directory the host lock lives in. Not /var/lock (/run/lock): everyone may write there, so
 * another user could plant a link where root writes, or remove the lock. The lock's directory is
 * one only its owner can write to:
 *
 * - by default /run/osc-chroot, created 0755 when missing (/run is emptied at boot, as a lock
 *   should be). When the action runs as root (the usual case), it is owned by root. When the Node
 *   process is not root (command_wrapper `sudo {{.Command}}`), it cannot create it in /run
 *   itself: it does through the wrapper, then gives it to the runner user (still 0755), so that
 *   the lock itself is taken and refreshed by the Node process without the wrapper.
 * - with OSC_CHROOT_LOCK_PATH, the directory of that path, which must exist.
 *
 * Either way it is refused, with an error saying why, when it is a symbolic link, not a
 * directory, writable by group or others, or owned by a user other than root and this process's.
 */



function currentUid() {
    return process.getuid?.() ?? 0;
}
function currentGid() {
    return process.getgid?.() ?? 0;
}
/** Throws, naming the directory and the fix, unless it is a safe place for the lock. */
function checkLockDirectory(directory, uid = currentUid()) {
    const problem = directoryProblem(directory, [0, uid]);
    if (!problem)
        return;
    const fix = 'or set OSC_CHROOT_LOCK_PATH to a lock path in a directory only root can write to.';
    const name = `The host lock's directory ${directory}`;
    switch (problem.kind) {
        case 'missing':
            throw new Error(`${name} does not exist: create it (mode 0755, owned by root), ${fix}`);
        case 'symbolic link':
            throw new Error(`${name} is a symbolic link: refusing to use it (whoever ` +
                `controls the link decides where the lock goes). Remove the link, ${fix}`);
        case 'not a directory':
            throw new Error(`${name} is not a directory. Remove it, ${fix}`);
        case 'writable by others':
            throw new Error(`${name} is writable by group or others (mode ${problem.mode}): ` +
                `anyone could replace or remove the lock there. Run \`chmod go-w ${directory}\`, ${fix}`);
        case 'foreign owner':
            throw new Error(`${name} belongs to uid ${problem.uid}, neither root nor this ` +
                `process (uid ${uid}): refusing to use it. Run \`chown root ${directory}\`, ${fix}`);
        default:
            return unexpected(problem);
    }
}
function unexpected(problem) {
    throw new Error(`unexpected directory problem ${JSON.stringify(problem)}`);
}
/** Makes sure the lock's directory exists (when allowed to create it) and is safe to use. */
async function prepareLockDirectory(directory, options) {
    const uid = options.uid ?? currentUid();
    if (options.create && !(0,external_node_fs_.lstatSync)(directory, { throwIfNoEntry: false })) {
        await createLockDirectory(directory, uid, options);
    }
    checkLockDirectory(directory, uid);
}
async function createLockDirectory(directory, uid, options) {
    if (uid === 0) {
        try {
            (0,external_node_fs_.mkdirSync)(directory, { mode: 0o755 });
        }
        catch (error) {
            // Another build made it meanwhile: the check that follows decides.
            if (error.code !== 'EEXIST')
                throw error;
        }
        return;
    }
    if (!options.host) {
        throw new Error(`The host lock's directory ${directory} does not exist and this process (uid ${uid}) ` +
            'cannot create it: run the action as root or with command_wrapper.');
    }
    const gid = options.gid ?? currentGid();
    log.info(`Creating the host lock's directory ${directory} (owned by uid ${uid}, mode 0755)`);
    const made = await options.host.run(['mkdir', '-m', '0755', directory], {
        quiet: true,
        allowedExitCodes: [0, 1]
    });
    // Exit 1: it exists now (another build made it); only a directory made here is given away.
    if (made.exitCode === 0) {
        await options.host.run(['chown', `${uid}:${gid}`, directory], { quiet: true });
    }
}

;// CONCATENATED MODULE: ./src/host/lock-owner.ts
/**
 * The lock's owner record: a small JSON file inside the lock's own directory, saying who holds it
 * (for the log of a waiting build, and so that a release removes only its own lock).
 *
 * It is written as root in a shared place, so it never follows a link: the record goes to a new
 * file created with O_EXCL (which fails on anything already there, a planted symbolic link
 * included), and is then renamed over `owner` (a rename replaces a link, it does not write
 * through it). It is read with O_NOFOLLOW, and only if it is a regular file.
 */


const OWNER_FILE = 'owner';
/** An owner record is a few hundred bytes; anything far bigger is not ours. */
const MAX_RECORD_BYTES = 64 * 1024;
function ownerFileOf(lockDirectory) {
    return (0,external_node_path_.join)(lockDirectory, OWNER_FILE);
}
/** The temporary file the record is first written to (in the same directory, for the rename). */
function ownerTemporaryFileOf(lockDirectory, pid = process.pid) {
    return (0,external_node_path_.join)(lockDirectory, `${OWNER_FILE}.${pid}.tmp`);
}
/** Whether a file name inside a lock directory is an owner record or one being written. */
function isOwnerRecordName(name) {
    return name === OWNER_FILE || /^owner\.\d+\.tmp$/.test(name);
}
function writeOwnerRecord(lockDirectory, owner) {
    const temporary = ownerTemporaryFileOf(lockDirectory);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(temporary, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    }
    catch (error) {
        const code = error.code;
        throw new Error(`Cannot write the host lock's owner record ${temporary} (${code}): ` +
            (code === 'EEXIST'
                ? 'something is already there (it is never followed nor overwritten); remove it.'
                : error.message), { cause: error });
    }
    try {
        (0,external_node_fs_.writeSync)(fd, JSON.stringify(owner));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    try {
        (0,external_node_fs_.renameSync)(temporary, ownerFileOf(lockDirectory));
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw error;
    }
}
/** The owner record, or undefined when there is none, or it is not a regular file of ours. */
function readOwnerRecord(lockDirectory) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(ownerFileOf(lockDirectory), external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch {
        return undefined;
    }
    try {
        const stat = (0,external_node_fs_.fstatSync)(fd);
        if (!stat.isFile() || stat.size > MAX_RECORD_BYTES)
            return undefined;
        const buffer = Buffer.alloc(stat.size);
        const length = (0,external_node_fs_.readSync)(fd, buffer, 0, stat.size, 0);
        const record = JSON.parse(buffer.subarray(0, length).toString('utf8'));
        return typeof record?.token === 'string' ? record : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/host/lock.ts
/**
 * One lock for the whole host: the device choice and LinkVolume happen under it, so concurrent
 * builds on one runner never pick the same device name. Once LinkVolume is accepted the name is
 * the API's and the lock is released; the kernel's disk is then found by its name without it
 * (only the "new disk of the volume's size" look, for hosts without by-id names, needs it again:
 * docs/how-it-works.md, "The host lock").
 *
 * proper-lockfile does the locking: an atomic mkdir of the lock directory whose mtime the holder
 * refreshes; a lock not refreshed for `staleSeconds` (its process died, even by SIGKILL) is
 * taken over. Waiting is bounded, and the error names the lock, its holder and what to do.
 *
 * The lock directory holds its owner record (lock-owner.ts): it is written the moment the
 * directory is made (through the `fs` proper-lockfile is given), so a lock is never seen without
 * its owner for longer than that, and removed with it. The lock lives in a directory only its
 * owner can write to (lock-directory.ts), never in world-writable /var/lock.
 */









const DEFAULT_LOCK_PATH = '/run/osc-chroot/lock';
const DEFAULT_WAIT_SECONDS = 1800;
const DEFAULT_STALE_SECONDS = 10;
/** The lock directory: OSC_CHROOT_LOCK_PATH, or /run/osc-chroot/lock. */
function hostLockPath() {
    return process.env.OSC_CHROOT_LOCK_PATH || DEFAULT_LOCK_PATH;
}
/**
 * The locks this process holds, by token. Releasing one of them must go through proper-lockfile,
 * which otherwise keeps refreshing a lock directory that is gone and reports the lock as lost.
 */
const heldByThisProcess = new Map();
function describeOwner(owner) {
    if (!owner)
        return 'an unknown process';
    return `pid ${owner.pid} on ${owner.host} (${owner.purpose}) since ${owner.acquiredAt}`;
}
function lockedError(message) {
    return Object.assign(new Error(message), { code: 'ELOCKED' });
}
/**
 * Removes a lock directory and the owner record in it (nothing else: a directory holding other
 * files is not a lock of ours, and its rmdir fails). Unlinking never follows a link.
 */
function removeLockDirectory(path) {
    for (const name of external_node_fs_.readdirSync(path)) {
        if (isOwnerRecordName(name))
            external_node_fs_.rmSync(`${path}/${name}`, { force: true });
    }
    external_node_fs_.rmdirSync(path);
}
/**
 * The file system proper-lockfile works through, for one acquisition by `owner`:
 * - mkdir makes the lock directory (0755) and writes the owner record into it at once;
 * - rmdir is either our release (only while the record is still ours) or the take-over of a stale
 *   lock, which first checks, again, that it is stale and a real directory: between
 *   proper-lockfile's check and the removal, another build may have taken it over.
 */
function lockFileSystem(owner, staleMs, state) {
    const rmdirNow = (path) => {
        if (state()?.releasing) {
            if (!external_node_fs_.existsSync(path))
                return; // removed already (the post step's way, in tests)
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
            external_node_fs_.mkdir(path, { mode: 0o755 }, (error) => {
                if (error)
                    return callback(error);
                try {
                    writeOwnerRecord(path, owner);
                }
                catch (writeError) {
                    // Whatever blocked the record stays (it is not ours), and so does the directory then.
                    external_node_fs_.rmdir(path, () => callback(writeError));
                    return;
                }
                callback(null);
            });
        },
        rmdir(path, callback) {
            try {
                rmdirNow(path);
            }
            catch (error) {
                if (error.code !== 'ENOENT')
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
/** The lock path itself, when something is there, must be a real directory (never a link). */
function checkLockPath(path) {
    const stat = external_node_fs_.lstatSync(path, { throwIfNoEntry: false });
    if (stat && (stat.isSymbolicLink() || !stat.isDirectory())) {
        throw new Error(`The host lock ${path} is ${stat.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}: ` +
            'refusing to use it. Nothing of osc-chroot makes it so: find out who did, then remove it.');
    }
}
async function prepareLock(path, options) {
    try {
        await prepareLockDirectory((0,external_node_path_.dirname)(path), {
            create: path === DEFAULT_LOCK_PATH,
            host: options.host
        });
    }
    catch (error) {
        throw new Error(`Cannot take the host lock ${path}: ${error.message}`, {
            cause: error
        });
    }
}
/** One attempt at the lock: the held lock, or undefined when another process holds it. */
async function attemptLock(path, options) {
    const staleMs = (options.staleSeconds ?? DEFAULT_STALE_SECONDS) * 1000;
    checkLockPath(path);
    const owner = {
        path,
        ownerFile: ownerFileOf(path),
        pid: process.pid,
        host: (0,external_node_os_.hostname)(),
        token: (0,external_node_crypto_.randomUUID)(),
        acquiredAt: new Date().toISOString(),
        purpose: options.purpose ?? 'osc-chroot build'
    };
    let state;
    try {
        const unlock = await proper_lockfile_default().lock(path, {
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
    }
    catch (error) {
        const code = error.code;
        if (code === 'EACCES' || code === 'EPERM') {
            const uid = process.getuid?.();
            throw new Error(`Cannot take the host lock ${path}: this process (uid ${uid}) may not write to ` +
                `${(0,external_node_path_.dirname)(path)}. Run the action as root, or give that directory to the runner user ` +
                `(\`sudo chown ${uid} ${(0,external_node_path_.dirname)(path)}\`, mode 0755), or set OSC_CHROOT_LOCK_PATH to ` +
                'a lock path in a directory the runner user owns and only it can write to.', { cause: error });
        }
        if (code !== 'ELOCKED') {
            throw new Error(`Cannot take the host lock ${path}: ${error.message}. Its directory must exist ` +
                `and be writable by the runner user; set OSC_CHROOT_LOCK_PATH to move it.`, { cause: error });
        }
        return undefined;
    }
}
/** The longest wait between two attempts while another build holds the lock. */
const MAX_RETRY_DELAY_MS = 500;
/**
 * Resolves after `ms`, or earlier when an entry of the lock's directory changes (inotify through
 * fs.watch): a released lock is taken at once rather than at the next backoff.
 */
async function untilLockChanges(path, ms, signal) {
    const done = new AbortController();
    const stop = () => done.abort();
    signal?.addEventListener('abort', stop, { once: true });
    let watcher;
    try {
        watcher = external_node_fs_.watch((0,external_node_path_.dirname)(path), { persistent: false }, stop);
        watcher.on('error', () => undefined);
    }
    catch {
        // No inotify here (or the directory went): the backoff alone then.
    }
    try {
        await (0,promises_.setTimeout)(ms, undefined, { signal: done.signal }).catch(() => undefined);
    }
    finally {
        watcher?.close();
        signal?.removeEventListener('abort', stop);
    }
    signal?.throwIfAborted();
}
async function acquireHostLock(options = {}) {
    const path = options.path ?? hostLockPath();
    const waitSeconds = options.waitSeconds ?? DEFAULT_WAIT_SECONDS;
    const deadline = Date.now() + waitSeconds * 1000;
    let delayMs = 100;
    let announced = false;
    await prepareLock(path, options);
    for (;;) {
        const held = await attemptLock(path, options);
        if (held)
            return held;
        const holder = readOwnerRecord(path);
        if (!announced) {
            log.info(`Waiting for the host lock ${path}, held by ${describeOwner(holder)}`);
            announced = true;
        }
        const remaining = deadline - Date.now();
        if (remaining <= 0) {
            throw new Error(`Timed out after ${waitSeconds} s waiting for the host lock ${path}, held by ` +
                `${describeOwner(holder)}. Another osc-chroot build on this machine is linking a volume; ` +
                `if none is running, remove the directory ${path}.`);
        }
        // Woken when the lock directory goes (the holder released it), else after a jittered
        // backoff, so waiting builds do not all retry at the same moment. The lock is held for tens
        // of milliseconds (a device choice), so the backoff stays short.
        const jitteredMs = delayMs * (0.5 + Math.random() / 2);
        await untilLockChanges(path, Math.min(jitteredMs, remaining), options.signal);
        delayMs = Math.min(delayMs * 2, MAX_RETRY_DELAY_MS);
    }
}
/**
 * The lock if it is free at this moment, else undefined at once: for a short look that can be
 * tried again later, and that must not wait behind a build that holds the lock while it waits.
 */
async function tryHostLock(options = {}) {
    const path = options.path ?? hostLockPath();
    await prepareLock(path, options);
    return attemptLock(path, options);
}
/**
 * Runs `look` under the host lock if the lock is free at this moment, and releases it before
 * returning, also when `look` throws; resolves undefined, without running it, when the lock is
 * held (by another build, or by this one). For a short synchronous look that can be retried.
 */
async function whileHostLockFree(look, options = {}) {
    const held = await tryHostLock(options);
    if (!held)
        return undefined;
    try {
        return { value: look() };
    }
    finally {
        await held.release();
    }
}
function holdLock(lock, unlock) {
    log.info(`Host lock ${lock.path} taken`);
    const state = {
        releasing: false,
        held: {
            lock,
            async release() {
                if (state.releasing)
                    return;
                state.releasing = true;
                heldByThisProcess.delete(lock.token);
                try {
                    await unlock();
                }
                catch {
                    // Lost (onCompromised said so): proper-lockfile no longer removes it. It is removed
                    // here only if its owner record is still ours; another build's lock is left alone.
                    try {
                        releaseLockIfOurs(lock);
                    }
                    catch (error) {
                        log.warning(`The host lock ${lock.path} could not be removed: ${error.message}`);
                    }
                }
                log.info(`Host lock ${lock.path} released`);
            }
        }
    };
    heldByThisProcess.set(lock.token, state);
    return state;
}
/**
 * Whether this process still holds the lock: undefined if so, else why not (proper-lockfile gave
 * it up, or the owner record in the lock directory is no longer ours).
 */
function hostLockProblem(lock) {
    const state = heldByThisProcess.get(lock.token);
    if (!state)
        return 'this process does not hold it (it was released)';
    if (state.compromised)
        return state.compromised;
    const owner = readOwnerRecord(lock.path);
    if (owner?.token !== lock.token) {
        return `its owner record now names ${describeOwner(owner)}`;
    }
    return undefined;
}
/**
 * Releases the lock the journal describes: through its handle when this process holds it (the
 * main step), else as releaseLockIfOurs does (the post step, after the main step was killed).
 */
async function releaseHostLock(lock) {
    const state = heldByThisProcess.get(lock.token);
    if (!state)
        return releaseLockIfOurs(lock);
    await state.held.release();
    return true;
}
/**
 * Releases a lock from another process (the post step), only if it is still the one described:
 * a lock taken over since by another build is left alone. Returns whether it was released.
 */
function releaseLockIfOurs(lock) {
    checkLockPath(lock.path);
    if (readOwnerRecord(lock.path)?.token !== lock.token)
        return false;
    try {
        removeLockDirectory(lock.path);
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    log.info(`Host lock ${lock.path} released`);
    return true;
}

;// CONCATENATED MODULE: ./src/host/link-ledger.ts
/**
 * The links of the builds on this host, beside the host lock: one file per linked volume, written
 * under the lock before LinkVolume and given the kernel disk's major:minor once it is proven.
 *
 * The entry is the build's claim of its device name: a build chooses its name under the lock
 * among the names the API shows in use and those claimed here by other live builds, writes its
 * claim, and releases the lock before LinkVolume (link-volume.ts). So no two live builds ever
 * choose one name, and the API's answer is awaited outside the lock. Several builds may then wait
 * for their disks at once. Builds that find their disk by its name (by-id link, requested name)
 * need nothing more.
 * The "new disk of the volume's size" look cannot tell two new disks of one size apart: it reads
 * this ledger (under the lock) and chooses only when no other live build's link of the same size
 * is still unproven, and never a disk another build has proven. An entry whose process is gone
 * no longer counts (the build was killed; its post step unlinks the volume).
 */



/** The ledger's directory: `links` beside the lock (a directory only its owner can write to). */
function linkLedgerDirectory(lockPath = hostLockPath()) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(lockPath), 'links');
}
const VOLUME_ID = /^vol-[0-9a-z]+$/;
function entryPath(directory, volumeId) {
    if (!VOLUME_ID.test(volumeId))
        throw new Error(`not a volume id: ${JSON.stringify(volumeId)}`);
    return (0,external_node_path_.join)(directory, `${volumeId}.json`);
}
/**
 * The start time of a process in clock ticks since boot: field 22 of /proc/<pid>/stat (man 5
 * proc), counted after the command name, which is in parentheses and may itself hold spaces.
 */
function processStartTicks(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(fields[19]);
        return Number.isFinite(ticks) ? ticks : undefined;
    }
    catch {
        return undefined;
    }
}
/** This process's start ticks, for its own entries. */
const ownStartTicks = processStartTicks(process.pid);
/** Whether the entry's build still runs: its pid exists and, when recorded, started when it did. */
function entryIsLive(entry) {
    try {
        process.kill(entry.pid, 0);
    }
    catch (error) {
        if (error.code !== 'EPERM')
            return false;
    }
    if (entry.startTicks === undefined)
        return true;
    const ticks = processStartTicks(entry.pid);
    return ticks === undefined || ticks === entry.startTicks;
}
/**
 * Writes the entry whole (temporary file, then rename): a reader never sees half of it. An entry
 * of this process gets its start ticks.
 */
function recordLink(given, directory = linkLedgerDirectory()) {
    const entry = given.pid === process.pid && given.startTicks === undefined && ownStartTicks !== undefined
        ? { ...given, startTicks: ownStartTicks }
        : given;
    const path = entryPath(directory, entry.volumeId);
    const temporary = `${path}.${process.pid}.tmp`;
    // Another build may remove the directory, empty, between our mkdir and write: once more then.
    for (let attempt = 0;; attempt++) {
        (0,external_node_fs_.mkdirSync)(directory, { recursive: true, mode: 0o755 });
        try {
            (0,external_node_fs_.writeFileSync)(temporary, JSON.stringify(entry), { mode: 0o644 });
            (0,external_node_fs_.renameSync)(temporary, path);
            return;
        }
        catch (error) {
            if (error.code !== 'ENOENT' || attempt >= 3)
                throw error;
        }
    }
}
/** Removes the entry, and the directory once empty: a host without builds keeps nothing. */
function forgetLink(volumeId, directory = linkLedgerDirectory()) {
    (0,external_node_fs_.rmSync)(entryPath(directory, volumeId), { force: true });
    try {
        (0,external_node_fs_.rmdirSync)(directory);
    }
    catch {
        // not empty (another build's link), or gone already
    }
}
function readEntry(path) {
    try {
        const entry = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return typeof entry.pid === 'number' && typeof entry.sizeGiB === 'number' ? entry : undefined;
    }
    catch {
        return undefined;
    }
}
/** The entries of live processes other than the given volume's. */
function otherLinks(volumeId, directory = linkLedgerDirectory()) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(directory);
    }
    catch {
        return [];
    }
    return names
        .filter((name) => name.endsWith('.json') && name !== `${volumeId}.json`)
        .map((name) => readEntry((0,external_node_path_.join)(directory, name)))
        .filter((entry) => entry !== undefined && entryIsLive(entry));
}
/** The device names other live builds on this host claimed (chosen, linking or linked). */
function namesClaimedByOtherBuilds(volumeId, directory = linkLedgerDirectory()) {
    return otherLinks(volumeId, directory)
        .map((entry) => entry.deviceName)
        .filter((name) => typeof name === 'string');
}

;// CONCATENATED MODULE: ./src/pipeline/sweep/tags.ts

function tagValue(tags, key) {
    return tags?.find((tag) => tag.Key === key)?.Value;
}
/** A tagged resource as a candidate: its build and age from its tags ('' when missing). */
function candidate(kind, id, tags) {
    const buildId = tagValue(tags, buildIdTag) ?? '';
    return { kind, id, buildId, createdAt: tagValue(tags, createdAtTag) ?? '' };
}
function snapshotsOf(image) {
    return (image.BlockDeviceMappings ?? [])
        .map((mapping) => mapping.Bsu?.SnapshotId)
        .filter((id) => id !== undefined);
}

;// CONCATENATED MODULE: ./src/pipeline/resources/volume.ts
/**
 * The build's work volume. Journaled with its ClientToken before CreateVolume is sent, its id
 * added once the call answers: a volume whose id never came back is still found and deleted.
 * Tagged with the build's tags (and root_volume_tags), so the orphan sweep finds it; one never
 * tagged (a kill between CreateVolume and CreateTags) is a build's by its ClientToken.
 */







async function findVolume(client, entry) {
    const { volumeId, clientToken } = entry;
    if (volumeId)
        return readById(() => readVolume(client, volumeId));
    if (!clientToken)
        return undefined;
    const volumes = await client.readVolumes({ ClientTokens: [clientToken] });
    return volumes.find((volume) => volume.ClientToken === clientToken);
}
/**
 * A volume a cancel or a kill caught right after CreateVolume is still `creating`, and DeleteVolume
 * refuses it: wait (bounded by timeouts.volume) until it is available or in error.
 */
async function settledVolume(volume, means) {
    if (volume.State !== 'creating')
        return volume;
    const volumeId = volume.VolumeId;
    log.info(`Volume ${volumeId} is still being created; waiting to delete it...`);
    try {
        return await waitFor({
            what: `volume ${volumeId} to finish being created (so that it can be deleted)`,
            phase: 'volume',
            read: () => findVolume(means.client, { volumeId }),
            state: (current) => current.State,
            done: (current) => current.State !== 'creating',
            failed: () => undefined,
            timeoutSeconds: means.config.timeouts.volume,
            policy: means.poll
        });
    }
    catch (error) {
        if (error instanceof WaitError && error.reason === 'not-found')
            return undefined;
        throw error;
    }
}
/**
 * Whether the build's own unlink of this volume is done (its link entry undone): the unlink saw
 * it available and detached, so it is deleted without reading it first. Should it be in use
 * again after all, DeleteVolume is refused (409) and the read below says why.
 */
function unlinkedByThisBuild(resource, journal) {
    return journal
        .entries()
        .some((entry) => entry.status === 'undone' &&
        entry.resource.kind === 'link' &&
        entry.resource.volumeId === resource.volumeId);
}
async function deleteVolume(resource, means, journal) {
    const { volumeId } = resource;
    if (volumeId && unlinkedByThisBuild(resource, journal)) {
        try {
            await ignoringGone(() => means.client.deleteVolume({ VolumeId: volumeId }));
            return;
        }
        catch (error) {
            if (!isConflict(error))
                throw error;
        }
    }
    const found = await findVolume(means.client, resource);
    if (!found || found.State === 'deleting')
        return;
    const volume = await settledVolume(found, means);
    if (!volume)
        return;
    const link = volume.LinkedVolumes?.find((linked) => linked.State !== 'detached');
    if (link) {
        throw new Error(`volume ${volume.VolumeId} is still linked to VM ${link.VmId} as ${link.DeviceName} ` +
            `(${link.State}): not deleting it. Once nothing on the runner uses it, unlink it, then delete it.`);
    }
    await ignoringGone(() => means.client.deleteVolume({ VolumeId: volume.VolumeId }));
}
/** Whether a volume is a build's: tagged with a build id, or created with a build's ClientToken. */
function isBuildVolume(volume) {
    return (tagValue(volume.Tags, buildIdTag) !== undefined ||
        buildIdOfClientToken(volume.ClientToken) !== undefined);
}
/** A volume's build: from its tags, else (never tagged) from its ClientToken and CreationDate. */
function volumeCandidate(volume) {
    const resource = candidate('volume', volume.VolumeId, volume.Tags);
    if (resource.buildId !== '')
        return resource;
    return {
        ...resource,
        buildId: buildIdOfClientToken(volume.ClientToken) ?? '',
        createdAt: volume.CreationDate ?? ''
    };
}
/**
 * A volume being made, linked to another VM, or linked here and mounted (or whose device cannot
 * be found here to tell) shows that its build is running. One linked here and not mounted is
 * unlinked first. "Mounted here" is decided by options.mountedHere (sweep/run.ts).
 */
function recogniseVolume(volume, options) {
    const resource = volumeCandidate(volume);
    if (volume.State === 'deleting')
        return { ...resource, ignored: true };
    if (volume.State === 'creating')
        return { ...resource, running: 'its volume is being created' };
    const link = (volume.LinkedVolumes ?? []).find((linked) => linked.State !== 'detached');
    if (link === undefined)
        return resource;
    const device = link.DeviceName ?? '?';
    if (link.VmId !== options.vmId) {
        return { ...resource, running: `its volume is linked to another VM (${link.VmId})` };
    }
    const mounted = options.mountedHere(device);
    if (mounted === undefined) {
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
        label: 'volume',
        recognise: (inventory, options) => inventory.volumes.map((v) => recogniseVolume(v, options)),
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

;// CONCATENATED MODULE: ./src/pipeline/resources/link.ts
/**
 * The work volume's link to the runner VM. Journaled before LinkVolume (a kill during the call
 * must not leave a link no one undoes); once the kernel shows the disk, the facts that prove it
 * is this volume's (its block device, major:minor and by-id link, host/device-proof.ts) are added.
 * The host's link ledger (host/link-ledger.ts) forgets the link once it is undone.
 */





/** UnlinkVolume of a volume no longer linked answers volume-not-in-use (409): already undone. */
const volumeNotInUseCode = '9063';
async function ignoringUnlinked(action) {
    try {
        await action();
    }
    catch (error) {
        if (isNotFound(error) ||
            (isConflict(error) && error.code === volumeNotInUseCode))
            return;
        throw error;
    }
}
const inProgress = (state) => state === 'in-queue' || state === 'pending';
/**
 * UnlinkVolume, once. The snapshot is requested while the volume is still linked (steps/
 * snapshot-and-unlink.ts); if the API refuses to unlink a volume with a snapshot in progress (a
 * 409 other than not-linked), the volume is unlinked once its snapshots have ended: the order
 * without the overlap. The cleanup goes the same way (the build's own snapshot, deleted first as
 * the newer entry, no longer counts once it is deleting).
 */
async function unlinkVolume(client, volumeId, timeoutSeconds, poll) {
    try {
        await ignoringUnlinked(() => client.unlinkVolume({ VolumeId: volumeId }));
        return;
    }
    catch (error) {
        if (!isConflict(error))
            throw error;
        const snapshots = await client.readSnapshots({ VolumeIds: [volumeId] });
        const busy = snapshots.filter((snapshot) => inProgress(snapshot.State));
        if (busy.length === 0)
            throw error;
        log.info(`UnlinkVolume of ${volumeId} was refused while snapshot ${busy.map((s) => s.SnapshotId).join(', ')} ` +
            `is in progress (${error.message}): unlinking once it has ended.`);
    }
    await waitFor({
        what: `the snapshots of volume ${volumeId} to end`,
        phase: 'snapshot',
        read: () => client.readSnapshots({ VolumeIds: [volumeId] }),
        state: (snapshots) => snapshots.map((snapshot) => snapshot.State).join(', ') || 'none',
        done: (snapshots) => !snapshots.some((snapshot) => inProgress(snapshot.State)),
        failed: () => undefined,
        timeoutSeconds,
        policy: poll
    });
    await ignoringUnlinked(() => client.unlinkVolume({ VolumeId: volumeId }));
}
/** Whether the disk (or one of its partitions) is mounted, by its recorded major:minor. */
function diskIsMounted(resource) {
    if (resource.majorMinor) {
        const family = diskFamily(resource.majorMinor);
        return readMountInfo().some((mount) => family.includes(mount.majorMinor));
    }
    return resource.blockDevice !== undefined && isMounted(resource.blockDevice);
}
/**
 * UnlinkVolume of this build's own, unmounted volume; false when there was nothing to unlink.
 * undoLink then waits for the detach; the unlink that runs alongside the snapshot waits later.
 * `provenLinked`: the build saw the link attached and its disk (the entry's blockDevice), so the
 * read that asks whether the link was made is spared; a link undone since is answered
 * volume-not-in-use, which counts as unlinked.
 */
async function requestUnlink(resource, means, journal, provenLinked = false) {
    const { client, config } = means;
    // Only a volume this build created: a volume id alone (a typo, an edited journal) is no proof.
    const created = journal
        .entries()
        .some((e) => e.resource.kind === 'volume' && e.resource.volumeId === resource.volumeId);
    if (!created) {
        log.warning(`Not unlinking volume ${resource.volumeId}: this build's journal has no record of creating it.`);
        return false;
    }
    // Unlinking a mounted volume is what leaks volumes in Packer: refuse instead.
    if (diskIsMounted(resource)) {
        throw new Error(`${resource.blockDevice} (volume ${resource.volumeId}, device ${resource.majorMinor ?? '?'}) ` +
            'is still mounted: not unlinking it. ' +
            'Once nothing on the runner uses it, unmount it, then unlink and delete the volume.');
    }
    // Journaled before LinkVolume: the call may not have been made, or the link be gone.
    const linked = (provenLinked && resource.blockDevice !== undefined) ||
        (await findVolume(client, resource))?.LinkedVolumes?.some((link) => link.VmId === resource.vmId && link.State !== 'detached');
    if (!linked) {
        forgetLink(resource.volumeId);
        return false;
    }
    await unlinkVolume(client, resource.volumeId, config.timeouts.snapshot, means.poll);
    return true;
}
/**
 * Waits until the volume is no longer linked (after requestUnlink). `requestedAt` (epoch ms): when
 * UnlinkVolume was sent, given by a caller that did other work since; the first read then goes
 * out at once, and the time, which says more of that work than of the detach, is not learned.
 */
async function awaitUnlinked(resource, means, requestedAt) {
    const policy = requestedAt === undefined ? means.poll : { ...means.poll, learnDurations: false };
    await waitForVolumeUnlinked(means.client, resource.volumeId, {
        timeoutSeconds: means.config.timeouts.link,
        policy,
        startedAt: requestedAt
    });
    // Its disk is gone from this host: other builds' new-disk looks need not mind it any more.
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

;// CONCATENATED MODULE: ./src/pipeline/resources/lock.ts
/**
 * The host-wide device lock (host/lock.ts), held from before the device name is chosen until
 * LinkVolume is accepted (on a host without by-id names, until the disk is found). Released only
 * while it is still this build's.
 */

const lock = {
    describe: () => 'lock',
    async undo(resource) {
        await releaseHostLock(resource.lock);
    }
};

;// CONCATENATED MODULE: ./src/host/mount-ownership.ts
/**
 * Proving that what is mounted at a build's mount path is the mount the build made, before any
 * unmount or kill. A path alone proves nothing: another build, the runner's own disks or an
 * operator may have something mounted there (mount_path /mnt on a VM with an ephemeral disk, or a
 * mount that failed because the path was taken). The proof is the device: the journal records
 * the disk's "major:minor" before mounting, and the mounted device and the mount id (from
 * /proc/self/mountinfo) once mounted.
 */

function describeMount(mount) {
    return `${mount.source || '?'} (${mount.fsType}, device ${mount.majorMinor}, mount id ${mount.id})`;
}
function proveOwnMount(facts, entries = readMountInfo()) {
    const here = entries.filter((m) => m.mountPoint === facts.mountPath);
    let ours;
    if (facts.mountId !== undefined) {
        ours = here.find((m) => m.id === facts.mountId && m.majorMinor === facts.majorMinor);
    }
    else if (facts.diskMajorMinor) {
        // Journaled before the mount (or killed before the id was written): the disk's own file
        // systems, including a read-only probe of mount_partition auto, are ours.
        const family = diskFamily(facts.diskMajorMinor);
        ours = here.find((m) => family.includes(m.majorMinor));
    }
    if (ours)
        return { owner: 'us', mount: ours };
    if (here.length === 0)
        return { owner: 'nobody' };
    return { owner: 'someone else', description: here.map(describeMount).join(', ') };
}

;// CONCATENATED MODULE: ./src/host/processes.ts
/**
 * Processes that would keep the image busy at unmount time.
 *
 * A process whose root directory is on the build's own file system runs in the chroot:
 * provisioning started it (a daemon a package launched, gpg-agent, ...). With kill_chroot_processes
 * those are stopped (TERM, then KILL) and named in the log. The proof is the device of its root
 * (stat, following /proc/<pid>/root), which must be the device the build mounted: a path is no
 * proof (another mount may sit there), and is not even readable for provisioning's processes,
 * whose root is the image moved onto `/` of their own mount namespace (sandbox.ts), so that their
 * /proc/<pid>/root reads "/" from here. The host's `/` is never on the build's device. A process
 * that merely has its working directory, its program or an open file inside the mount runs on
 * the host (a user's shell, a host tool): it is
 * never killed, only named, here and in the unmount error if it blocks the unmount.
 *
 * /proc/<pid>/{root,cwd,exe,fd/*} of other users' processes are readable only by root, so they are
 * read through the runner (one `find` for all of them).
 */




/** The order uses are listed in, most telling first. */
const USE_ORDER = ['root', 'cwd', 'program', 'open file'];
/**
 * find arguments printing "<path>\0<link target>\0" for the root, cwd, exe and fd/<n> links of
 * every process, descending only into /proc/<pid> and /proc/<pid>/fd.
 */
const PROC_LINKS = [
    ...['/proc', '-mindepth', '1', '-maxdepth', '3', '-regextype', 'posix-extended'],
    ...['(', '-regex', '/proc/[0-9]+/(root|cwd|exe|fd/[0-9]+)', '-printf', '%p\\0%l\\0', ')'],
    ...['-o', '(', '-regex', '/proc/[0-9]+(/fd)?', ')'],
    ...['-o', '-prune']
];
const TERM_GRACE_MS = 5000;
const processes_KILL_GRACE_MS = 2000;
/** Rounds of scan-and-stop: a dying process may still have started another one. */
const STOP_ROUNDS = 3;
function readProcText(pid, file) {
    try {
        return (0,external_node_fs_.readFileSync)(`/proc/${pid}/${file}`, 'utf8');
    }
    catch {
        return '';
    }
}
/** Zombies hold nothing (their files and root are released) and vanish when reaped. */
function isRunning(pid) {
    if (!(0,external_node_fs_.existsSync)(`/proc/${pid}`))
        return false;
    const state = /\)\s+(\S)/.exec(readProcText(pid, 'stat'))?.[1];
    return state !== undefined && state !== 'Z' && state !== 'X';
}
function describeProcess(user) {
    const cmdline = user.cmdline ? ` \`${user.cmdline}\`` : '';
    return `pid ${user.pid} (${user.comm})${cmdline} [${user.uses.join(', ')}]`;
}
/** Processes whose root, working directory, program or an open file is at or below mountPath. */
async function findMountUsers(runner, mountPath) {
    const root = canonicalPath(mountPath);
    const result = await runner.run(['find', ...PROC_LINKS], {
        quiet: true,
        allowedExitCodes: [0, 1] // 1: processes that exited during the scan
    });
    const fields = result.stdout.split('\0');
    const users = new Map();
    const self = String(process.pid);
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const [, pidText, kind] = /^\/proc\/(\d+)\/(root|cwd|exe|fd)/.exec(fields[i]) ?? [];
        const target = fields[i + 1];
        if (!pidText || pidText === self)
            continue;
        if (target !== root && !target.startsWith(`${root}/`))
            continue;
        const pid = Number(pidText);
        const use = kind === 'fd' ? 'open file' : kind === 'exe' ? 'program' : kind;
        const user = users.get(pid) ?? {
            pid,
            comm: readProcText(pid, 'comm').trim() || '?',
            cmdline: readProcText(pid, 'cmdline').replace(/\0+$/, '').replace(/\0/g, ' '),
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
    await runner.run(['kill', '-s', signal, ...pids], { quiet: true, allowedExitCodes: [0, 1] });
    for (let waited = 0; waited < graceMs; waited += 100) {
        if (!processes.some((p) => isRunning(p.pid)))
            break;
        await (0,promises_.setTimeout)(100);
    }
    return processes.filter((p) => isRunning(p.pid));
}
/** "major:minor" of the file system holding each process's root directory (through the runner: root only). */
async function rootDevices(runner, pids) {
    const devices = new Map();
    if (pids.length === 0)
        return devices;
    const result = await runner.run(['stat', '-L', '--printf', '%n %d\\n', ...pids.map((pid) => `/proc/${pid}/root`)], { quiet: true, allowedExitCodes: [0, 1] } // 1: a process exited meanwhile
    );
    for (const line of result.stdout.split('\n')) {
        const [, pid, device] = /^\/proc\/(\d+)\/root (\d+)$/.exec(line) ?? [];
        if (pid)
            devices.set(Number(pid), majorMinorOf(Number(device)));
    }
    return devices;
}
/** The processes whose root directory is on rootDevice (see the header), as users of the mount. */
async function rootedOn(runner, rootDevice) {
    const pids = (0,external_node_fs_.readdirSync)('/proc')
        .filter((name) => /^\d+$/.test(name) && name !== String(process.pid))
        .map(Number);
    const devices = await rootDevices(runner, pids);
    return pids
        .filter((pid) => devices.get(pid) === rootDevice)
        .map((pid) => ({
        pid,
        comm: readProcText(pid, 'comm').trim() || '?',
        cmdline: readProcText(pid, 'cmdline').replace(/\0+$/, '').replace(/\0/g, ' '),
        uses: ['root']
    }));
}
/** Users of the mount by path, and those rooted on its device, each once. */
async function usersOf(runner, mountPath, rootDevice) {
    const byPath = await findMountUsers(runner, mountPath);
    const onDevice = canonicalPath(mountPath) === '/' ? [] : await rootedOn(runner, rootDevice);
    const all = new Map(byPath.map((user) => [user.pid, user]));
    for (const user of onDevice) {
        const known = all.get(user.pid);
        if (!known)
            all.set(user.pid, user);
        else if (!known.uses.includes('root'))
            known.uses.unshift('root');
    }
    return {
        all: [...all.values()].sort((a, b) => a.pid - b.pid),
        rooted: onDevice.map((user) => all.get(user.pid))
    };
}
/**
 * Stops the processes left running in the chroot (with kill true) and names every process that
 * still uses the mount. Call it after provisioning, before unmounting, with the "major:minor" of
 * the device the build mounted at mountPath (proven by mount-ownership.ts): only processes whose
 * root is on that device are stopped.
 */
async function stopChrootProcesses(runner, mountPath, options) {
    const stopped = [];
    let users = await usersOf(runner, mountPath, options.rootDevice);
    for (let round = 0; round < STOP_ROUNDS && options.kill; round++) {
        const inChroot = users.rooted;
        if (inChroot.length === 0)
            break;
        log.info(`Stopping ${inChroot.length} process(es) left running in the chroot:`);
        for (const user of inChroot)
            log.info(`  ${describeProcess(user)}`);
        const stubborn = await signalAndWait(runner, inChroot, 'TERM', TERM_GRACE_MS);
        if (stubborn.length > 0) {
            log.info(`Killing what did not stop on SIGTERM: ${stubborn.map((p) => p.pid).join(', ')}`);
            await signalAndWait(runner, stubborn, 'KILL', processes_KILL_GRACE_MS);
        }
        stopped.push(...inChroot.filter((p) => !isRunning(p.pid)));
        users = await usersOf(runner, mountPath, options.rootDevice);
    }
    const chrooted = new Set(users.rooted.map((user) => user.pid));
    for (const user of users.all) {
        const why = !chrooted.has(user.pid)
            ? user.uses.includes('root')
                ? `its root is not on the build's file system (${options.rootDevice}), so osc-chroot does not stop it`
                : 'it runs on the host, not in the chroot, so osc-chroot does not stop it'
            : options.kill
                ? 'it did not stop'
                : 'kill_chroot_processes is false';
        log.warning(`Still using ${mountPath}: ${describeProcess(user)}; ${why}. It may block the unmount.`);
    }
    return { stopped, remaining: users.all };
}

;// CONCATENATED MODULE: ./src/host/unmount.ts
/**
 * Unmounting a mount tree, then removing the mount directory: unmountOwnTree takes the build's
 * own root mount (proven by mount-ownership.ts) and touches only it and the mounts made on it.
 *
 * The list of mounts is read from mountinfo at that moment, so mounts made by provisioning inside
 * the chroot are included; children are unmounted before their parents. A busy mount is retried
 * with backoff (a process may be exiting); when it stays busy the error names who holds it
 * (our /proc scan, plus `fuser -vm`). There is no lazy unmount: a lazily unmounted file system
 * stays in use, and a volume still in use must never be unlinked (see mountinfo.isMounted).
 * Idempotent: with nothing mounted it only removes the directory if it is still there.
 */





const DEFAULT_BUSY_TIMEOUT_SECONDS = 30;
/** Mounts with nothing mounted on them: they can go first. */
function leaves(mounts) {
    return mounts.filter((m) => !mounts.some((other) => other.parentId === m.id));
}
/**
 * Who keeps the mount busy: our /proc scan (by path, so a bind of /dev does not list every process
 * that has /dev/null open). When it finds nobody (a memory-mapped file, a kernel user), fuser -vm
 * has the last word.
 */
async function describeBlockers(runner, mountPath, busy) {
    const users = await findMountUsers(runner, mountPath);
    if (users.length > 0)
        return users.map((user) => `  ${describeProcess(user)}`).join('\n');
    const lines = [];
    for (const mountPoint of busy) {
        try {
            const fuser = await runner.run(['fuser', '-vm', mountPoint], {
                quiet: true,
                allowedExitCodes: [0, 1]
            });
            // The table is on stderr; drop the noise about processes fuser may not inspect.
            const table = fuser.stderr
                .split('\n')
                .filter((line) => line.trim() && !line.startsWith('Cannot stat'));
            lines.push(`  fuser -vm ${mountPoint}:`, ...table.map((line) => `    ${line}`));
        }
        catch {
            lines.push(`  (fuser, from the psmisc package, is not installed)`);
        }
    }
    return lines.join('\n');
}
/**
 * The build's own root mount and the mounts made on it (chroot mounts, what provisioning
 * mounted), found by mount id: a mount of someone else whose path happens to lie below the mount
 * path is not in the tree and is never touched.
 */
async function unmountOwnTree(runner, rootMount, options = {}) {
    return unmountEach(runner, rootMount.mountPoint, () => mountTree(rootMount.id), options);
}
async function unmountEach(runner, root, listMounts, options) {
    const busyTimeoutMs = (options.busyTimeoutSeconds ?? DEFAULT_BUSY_TIMEOUT_SECONDS) * 1000;
    const started = Date.now();
    const unmounted = [];
    let delayMs = 250;
    let attempts = 0;
    for (;;) {
        const mounts = listMounts();
        if (mounts.length === 0)
            break;
        attempts++;
        const busy = [];
        let progressed = false;
        // Deepest first within one round, so the log reads naturally.
        const round = leaves(mounts).sort((a, b) => b.mountPoint.length - a.mountPoint.length);
        for (const mount of round) {
            const result = await runner.run(['umount', mount.mountPoint], {
                quiet: true,
                allowedExitCodes: [0, 1, 2, 32],
                signal: options.signal
            });
            if (result.exitCode === 0) {
                log.info(`Unmounted ${mount.mountPoint}`);
                unmounted.push(mount.mountPoint);
                progressed = true;
            }
            else if (/not mounted|no mount point/i.test(result.stderr)) {
                progressed = true; // gone meanwhile
            }
            else if (/busy/i.test(result.stderr)) {
                busy.push(mount.mountPoint);
            }
            else {
                throw new Error(`Cannot unmount ${mount.mountPoint}: ${result.stderr.trim() || `exit code ${result.exitCode}`}`);
            }
        }
        if (progressed || busy.length === 0)
            continue;
        const elapsedMs = Date.now() - started;
        if (elapsedMs >= busyTimeoutMs) {
            const blockers = await describeBlockers(runner, root, busy);
            throw new Error(`Cannot unmount ${busy.join(', ')}: target is busy (${attempts} attempts over ` +
                `${Math.round(elapsedMs / 1000)} s). Processes using ${root}:\n${blockers}\n` +
                `Stop them and run the unmount again; the volume stays linked until ${root} is unmounted.`);
        }
        log.info(`${busy.join(', ')} busy; retrying in ${(delayMs / 1000).toFixed(1)} s`);
        await (0,promises_.setTimeout)(Math.min(delayMs, busyTimeoutMs - elapsedMs), undefined, { signal: options.signal });
        delayMs = Math.min(delayMs * 2, 2000);
    }
    if ((options.removeDirectory ?? true) && (0,external_node_fs_.existsSync)(root)) {
        const removed = await runner.run(['rmdir', '--', root], {
            quiet: true,
            allowedExitCodes: [0, 1]
        });
        if (removed.exitCode !== 0)
            log.warning(`Mount directory ${root} left in place: ${removed.stderr.trim()}`);
    }
    return { unmounted };
}

;// CONCATENATED MODULE: ./src/pipeline/resources/mount.ts
/**
 * The root file system's mount (and, below it, the chroot mounts and whatever provisioning
 * mounted). Journaled once its directory is ready and before anything is mounted, with the disk's
 * major:minor; the mount's own major:minor and mount id are added once made. Which mount is ours
 * is proven from those facts (host/mount-ownership.ts), never from the mount path alone.
 */




/**
 * Stops the chroot's processes and unmounts, only when what is mounted at the mount path is the
 * mount this build made; then only that mount and the mounts made on it.
 */
async function undoMount(resource, { host, config }) {
    const { mountPath } = resource;
    const proof = proveOwnMount(resource);
    if (proof.owner === 'someone else') {
        log.warning(`${mountPath} holds ${proof.description}, not the mount this build made` +
            `${resource.majorMinor ? ` (device ${resource.majorMinor})` : ''}: left alone, nothing stopped or unmounted.`);
        return;
    }
    if (proof.owner === 'nobody') {
        if (resource.removeDirectory) {
            await host.run(['rmdir', '--', mountPath], { quiet: true, allowedExitCodes: [0, 1] });
        }
        return;
    }
    const stopped = await stopChrootProcesses(host, mountPath, {
        kill: config.killChrootProcesses,
        rootDevice: proof.mount.majorMinor
    });
    if (stopped.remaining.length > 0 && !config.killChrootProcesses) {
        log.warning('kill_chroot_processes is false: processes left in the chroot may keep the volume busy.');
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

;// CONCATENATED MODULE: ./src/host/mount-path-claim.ts
/**
 * A fixed mount_path (one without {{.Device}}) is the same directory for every build on this
 * runner: two builds running at once would mount over each other, and the cleanup of one would
 * aim at the other's mount. So a build claims its mount path before creating anything: a file
 * per mount path in a root-owned directory, made atomically (written aside, then hard-linked to
 * its name, which fails if the name exists), naming the build and its process.
 *
 * A claim whose process is gone (same pid and start time no longer running) is stale and taken
 * over; a mount its build left behind is then still refused, by the "already a mount point"
 * check. Replacing a stale claim is not atomic by itself: call claimMountPath under the host lock.
 */




/** Beside the host lock's directory (/run/osc-chroot), root-owned, not writable by others. */
const DEFAULT_CLAIMS_DIR = '/run/osc-chroot/claims';
function startTimeOf(pid) {
    try {
        const stat = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // Fields after the command name (which may hold spaces) start with field 3, the state.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return undefined;
    }
}
function isAlive(claim) {
    return startTimeOf(claim.pid) === claim.startTime;
}
function readClaim(file) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Creates the directory (0755) and refuses one that anyone but its owner could plant files in. */
function ensureClaimsDir(dir) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: 0o755 });
    const uid = process.getuid?.();
    const problem = directoryProblem(dir, uid === undefined ? [] : [uid]);
    // Without a uid (not POSIX) only the owner rule cannot be checked.
    if (problem && !(uid === undefined && problem.kind === 'foreign owner')) {
        throw new Error(`${dir} (where osc-chroot records which build uses which mount_path) is not a directory ` +
            `owned by this user and writable only by it. Remove it; the next build recreates it.`);
    }
}
/** Claims mountPath for buildId, or throws naming the build that uses it. */
function claimMountPath(mountPath, buildId, options = {}) {
    const dir = options.dir ?? DEFAULT_CLAIMS_DIR;
    ensureClaimsDir(dir);
    const pid = options.pid ?? process.pid;
    const name = (0,external_node_crypto_.createHash)('sha256').update(mountPath).digest('hex').slice(0, 32);
    const claim = {
        file: (0,external_node_path_.join)(dir, `${name}.json`),
        mountPath,
        buildId,
        pid,
        startTime: startTimeOf(pid) ?? ''
    };
    const written = (0,external_node_path_.join)(dir, `.${name}.${(0,external_node_crypto_.randomUUID)()}.tmp`);
    (0,external_node_fs_.writeFileSync)(written, JSON.stringify(claim), { mode: 0o644, flag: 'wx' });
    try {
        for (let attempt = 0; attempt < 2; attempt++) {
            try {
                (0,external_node_fs_.linkSync)(written, claim.file);
                return claim;
            }
            catch (error) {
                if (error.code !== 'EEXIST')
                    throw error;
            }
            const holder = readClaim(claim.file);
            if (holder && holder.buildId === buildId)
                return holder; // the same build, claiming again
            if (holder && isAlive(holder)) {
                throw new Error(`mount_path ${mountPath} is in use by build ${holder.buildId} (pid ${holder.pid}) on ` +
                    'this runner. Builds running at the same time need their own mount_path: put ' +
                    '{{.Device}} in it (the default, /mnt/osc-chroot/{{.Device}}, does), or run them one after the other.');
            }
            (0,external_node_fs_.rmSync)(claim.file, { force: true }); // stale: its build is gone
        }
        throw new Error(`mount_path ${mountPath}: could not claim it in ${dir}; try again.`);
    }
    finally {
        (0,external_node_fs_.rmSync)(written, { force: true });
    }
}
/** Removes the claim if it is still this build's. Idempotent. */
function releaseMountPathClaim(claim) {
    const holder = readClaim(claim.file);
    if (holder && holder.buildId === claim.buildId && holder.mountPath === claim.mountPath) {
        (0,external_node_fs_.rmSync)(claim.file, { force: true });
    }
}

;// CONCATENATED MODULE: ./src/pipeline/resources/mount-path-claim.ts
/** A fixed mount_path claimed for this build on this runner (host/mount-path-claim.ts). */

const mountPathClaim = {
    describe: ({ claim }) => `claim of mount_path ${claim.mountPath}`,
    async undo(resource) {
        // Released only while the claim file still names this build.
        releaseMountPathClaim(resource.claim);
    }
};

;// CONCATENATED MODULE: ./src/host/policy-rc-d.ts
/**
 * prevent_service_start: a /usr/sbin/policy-rc.d that exits 101 ("action forbidden") while
 * provisioning runs, so Debian-family packages installed in the chroot do not start their
 * services on the build host. Whatever the image had at that path is put back afterwards.
 */


const POLICY_RC_D_PATH = '/usr/sbin/policy-rc.d';
const POLICY_RC_D = `#!/bin/sh
# Installed by osc-chroot while the image is provisioned: services must not start in the chroot.
exit 101
`;
async function installPolicyRcd(runner, mountPath) {
    const replaced = await replaceFileInImage(runner, mountPath, POLICY_RC_D_PATH, { content: POLICY_RC_D }, '0755');
    log.info(`prevent_service_start: ${POLICY_RC_D_PATH} installed (exits 101)`);
    return replaced;
}
/** Puts back the image's own policy-rc.d, or removes ours. Idempotent. */
async function removePolicyRcd(runner, installed) {
    await restoreFileInImage(runner, installed);
    log.info(`prevent_service_start: ${POLICY_RC_D_PATH} ${installed.original === 'none' ? 'removed' : 'restored'}`);
}

;// CONCATENATED MODULE: ./src/pipeline/resources/policy-rcd.ts

const policyRcd = {
    describe: () => 'policy-rcd',
    undo: (resource, { host }) => removePolicyRcd(host, resource.undo)
};

;// CONCATENATED MODULE: ./src/pipeline/products.ts
/**
 * What a build produces (its OMI and the OMI's snapshot) and how it is kept: once CreateImage has
 * registered the OMI, nothing of the build deletes it, not its own cleanup, not the orphan sweep.
 */



/**
 * The tag that marks a snapshot as a build's product (its value: the OMI it was registered as).
 * The sweep never deletes a snapshot carrying it, even after that OMI is deregistered.
 */
const productTag = 'osc-chroot:product';
/**
 * Turns the kept snapshot from temporary into a product: marked first, then the build's temporary
 * tags (`temporaryTags`, the values it was given, when the journal has them) removed, so that at no moment the sweep could take it for an orphan. A failure here only
 * warns: while the OMI exists the sweep keeps its snapshot anyway.
 */
async function markAsProduct(client, snapshotId, imageId, timeoutSeconds, temporaryTags) {
    const options = {
        what: `marking snapshot ${snapshotId} as a product`,
        phase: 'omi',
        timeoutSeconds
    };
    try {
        await persist(() => client.createTags({
            ResourceIds: [snapshotId],
            Tags: toResourceTags({ [productTag]: imageId })
        }), options);
        // DeleteTags removes a tag whose value matches the one given: send the values it has, the
        // ones the build gave it when they are known, else read back.
        const tags = temporaryTags
            ? toResourceTags(temporaryTags)
            : ((await readSnapshot(client, snapshotId))?.Tags ?? []);
        const temporary = tags.filter((tag) => tag.Key === buildIdTag || tag.Key === createdAtTag);
        if (temporary.length > 0) {
            await persist(() => client.deleteTags({ ResourceIds: [snapshotId], Tags: temporary }), options);
        }
    }
    catch (error) {
        log.warning(`Snapshot ${snapshotId} of OMI ${imageId} is kept, but could not be marked as a product ` +
            `(${error instanceof Error ? error.message : String(error)}). Remove its ${buildIdTag} ` +
            `tag by hand, or cleanup_orphans may delete it once the OMI is deregistered.`);
    }
}
/**
 * The error of a step that fails after the OMI exists: it says the OMI and its snapshot are kept,
 * and what is left to do by hand.
 */
function keptProductError(error, imageId, snapshotId, left) {
    const message = error instanceof Error ? error.message : String(error);
    return new Error(`${message} The OMI ${imageId} and its snapshot ${snapshotId} are registered and kept ` +
        `(outputs omi_id and snapshot_id): ${left}, then use it or deregister it.`, { cause: error });
}

;// CONCATENATED MODULE: ./src/pipeline/resources/snapshot.ts
/**
 * The snapshot of the work volume: the build's product once its OMI is registered, temporary
 * until then. Journaled with its ClientToken before CreateSnapshot is sent, as the volume is, and
 * tagged with the build's tags. A kept snapshot is marked as a product and loses those tags
 * (products.ts), so the orphan sweep never takes it for an orphan.
 */





async function findSnapshot(client, entry) {
    const { snapshotId, clientToken } = entry;
    if (snapshotId)
        return readById(() => readSnapshot(client, snapshotId));
    if (!clientToken)
        return undefined;
    const snapshots = await client.readSnapshots({ ClientTokens: [clientToken] });
    return snapshots.find((snapshot) => snapshot.ClientToken === clientToken);
}
/**
 * A snapshot an OMI uses, or that carries the product marker, is a product: kept, whatever its
 * other tags. One still in progress shows that its build is running.
 */
function recogniseSnapshot(snapshot, inventory) {
    const resource = candidate('snapshot', snapshot.SnapshotId, snapshot.Tags);
    if (snapshot.State === 'deleting')
        return { ...resource, ignored: true };
    if (inventory.snapshotsInUse.has(snapshot.SnapshotId))
        return { ...resource, product: true };
    if (tagValue(snapshot.Tags, productTag) !== undefined)
        return { ...resource, product: true };
    if (snapshot.State !== 'completed' && snapshot.State !== 'error') {
        const progress = snapshot.Progress === undefined ? '' : `, ${snapshot.Progress}%`;
        return { ...resource, running: `its snapshot is in progress (${snapshot.State}${progress})` };
    }
    return resource;
}
const snapshot = {
    describe: ({ snapshotId, clientToken }) => `snapshot ${snapshotId ?? `(ClientToken ${clientToken})`}`,
    async undo(resource, { client }) {
        const found = await findSnapshot(client, resource);
        if (!found || found.State === 'deleting')
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
        label: 'snapshot',
        recognise: (inventory) => inventory.snapshots.map((s) => recogniseSnapshot(s, inventory)),
        delete: (orphan, { client, signal }) => ignoringGone(() => client.deleteSnapshot({ SnapshotId: orphan.id }, signal))
    }
};

;// CONCATENATED MODULE: ./src/pipeline/snapshot-release.ts
/**
 * Deleting the snapshot of an OMI just deregistered. The API may hold the snapshot for a moment
 * after DeleteImage (answering a conflict, 409), as any eventually consistent API may: the delete
 * is tried again while it answers so, within the deadline. Gone already counts as deleted.
 */

async function deleteReleasedSnapshot(client, snapshotId, timeoutSeconds, signal) {
    try {
        await persist(() => client.deleteSnapshot({ SnapshotId: snapshotId }, signal), {
            what: `deleting snapshot ${snapshotId} once its OMI has let it go`,
            phase: 'omi',
            timeoutSeconds,
            worthWaiting: (error) => isConflict(error) || error.retryable,
            signal
        });
    }
    catch (error) {
        if (!isNotFound(error))
            throw error;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/resources/source-copy.ts
/**
 * The copy of a source OMI another account owns (CreateVolume cannot use another account's
 * snapshot). Temporary: deleted with its snapshots at the end. Journaled before CreateImage by its
 * name, which holds the whole build id; tagged with the build's tags (the only image the build
 * tags that way), so the orphan sweep finds it.
 */






/**
 * Without its id (the CreateImage answer never came back), a name alone proves nothing: the copy
 * is looked up among this account's images only, and one tagged with another build's id is not
 * ours. An untagged one is: the name holds the whole build id, and a kill between CreateImage and
 * CreateTags leaves the copy untagged.
 */
async function findSourceCopy(client, entry) {
    const { imageId, imageName, accountId, buildId } = entry;
    if (imageId)
        return readById(() => readImage(client, imageId));
    if (!imageName || !accountId || !buildId)
        return undefined;
    const images = await client.readImages({ ImageNames: [imageName], AccountIds: [accountId] });
    return images.find((image) => {
        const tagged = image.Tags?.find((tag) => tag.Key === buildIdTag)?.Value;
        return (image.ImageName === imageName &&
            image.AccountId === accountId &&
            (tagged === undefined || tagged === buildId));
    });
}
/** A copy still pending shows that its build is running; its snapshots go with it. */
function recogniseSourceCopy(image) {
    const resource = {
        ...candidate('source-copy', image.ImageId, image.Tags),
        snapshotIds: snapshotsOf(image)
    };
    if (image.State === 'pending')
        return { ...resource, running: 'its source copy is pending' };
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
        label: 'source OMI copy',
        recognise: (inventory) => inventory.copies.map(recogniseSourceCopy),
        async delete(orphan, { client, linkTimeoutSeconds, signal }) {
            const snapshotIds = orphan.snapshotIds ?? [];
            // Tagged first: should the sweep stop once the image is gone (or the API still list it as
            // using them below), the next sweep finds them as tagged snapshots no OMI uses.
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

;// CONCATENATED MODULE: ./src/pipeline/resources/index.ts










const resources = {
    'source-copy': sourceCopy,
    lock: lock,
    volume: volume,
    link: link_link,
    mount: mount,
    'mount-path-claim': mountPathClaim,
    'copied-files': copiedFiles,
    'policy-rcd': policyRcd,
    snapshot: snapshot,
    image: image_image
};
/** The module of a resource, typed for that resource's kind (no cast: the map's type says so). */
function moduleOf(resource) {
    return resources[resource.kind];
}
function describeResource(resource) {
    return moduleOf(resource).describe(resource);
}
function undoResource(resource, means, journal) {
    return moduleOf(resource).undo(resource, means, journal);
}
/** Whether the build keeps it once its OMI is registered (the OMI and its snapshot). */
function isProduct(resource) {
    return moduleOf(resource).product !== undefined;
}
/** What keeping a product involves beyond not undoing it (a snapshot becomes a marked product). */
async function keepProduct(resource, image, means) {
    await moduleOf(resource).product?.kept?.(resource, image, means);
}
/** The kinds the orphan sweep treats, with their rules, in the sweep's order. */
function sweepRules() {
    return Object.keys(resources)
        .flatMap((kind) => {
        const rule = resources[kind].sweep;
        return rule ? [{ kind, rule }] : [];
    })
        .sort((a, b) => a.rule.order - b.rule.order);
}

;// CONCATENATED MODULE: ./src/pipeline/undo.ts
/**
 * Undoing journal entries. One function serves the happy path (unmount and unlink before the
 * snapshot), the failure path (everything left, newest first) and the post step after a killed
 * main step: the journal holds only plain data, so any process can undo from it.
 *
 * How each kind is undone is its module's business (resources/): the module first finds out what
 * exists (entries are journaled before the create call or the change, so a resource whose id never
 * came back, or a link never made, is handled) and, on the host, proves the thing is the build's
 * own from the facts the journal recorded when it was made (the device's major:minor, the mount
 * id): a mount path or a device name alone is never proof. What does not match is reported and
 * left alone. Cleanup never uses the build's abort signal: a cancelled build must still clean up.
 */



function undo_describe(entry) {
    return describeResource(entry.resource);
}
/** Undoes the active entries of these kinds, newest first. Stops at the first failure. */
async function undo(journal, means, kinds) {
    for (const entry of journal.active().filter((e) => kinds.includes(e.resource.kind))) {
        await undoResource(entry.resource, means, journal);
        journal.mark(entry, 'undone');
        log.debug(`Undone: ${undo_describe(entry)}`);
    }
}
/**
 * The build's registered OMI, when it exists and is available: from then on the OMI and its
 * snapshot are the build's product, kept whatever fails after (tags, permissions) or however the
 * build ends, so nothing the build produced is lost (with force_deregister the old OMI is gone).
 */
async function registeredImage(journal, means, seenAvailable) {
    const entry = journal.active().find((e) => e.resource.kind === 'image');
    if (!entry || entry.resource.kind !== 'image')
        return { keep: false };
    // The build's own wait saw it available: an OMI is not unregistered by itself.
    const { imageId } = entry.resource;
    if (seenAvailable?.State === 'available' && imageId && seenAvailable.ImageId === imageId) {
        return { keep: true, image: seenAvailable };
    }
    try {
        const image = await findImage(means.client, entry.resource);
        return image?.State === 'available' ? { keep: true, image } : { keep: false };
    }
    catch (error) {
        // Unable to tell: an OMI whose id came back may be a product; never delete it unproven.
        log.warning(`Could not read OMI ${entry.resource.imageId ?? entry.resource.imageName} to decide whether ` +
            `to keep it (${error instanceof Error ? error.message : String(error)}).`);
        return { keep: entry.resource.imageId !== undefined };
    }
}
/**
 * The final cleanup: keeps the products (the OMI and its snapshot) of a build that registered its
 * OMI, undoes everything else, newest first. A kept snapshot is marked as a product and loses its
 * temporary tags, so the orphan sweep never takes it for an orphan. A failure does not stop the
 * rest (a volume that cannot be unlinked must not keep the copied source OMI alive), but is
 * reported, with every resource left behind named. `seenAvailable`: the OMI the build's own wait saw
 * available (the journal's OMI is then not read again).
 */
async function cleanUp(journal, means, outcome, seenAvailable) {
    const problems = [];
    const registered = await registeredImage(journal, means, seenAvailable);
    const image = registered.image;
    const keepProducts = outcome === 'succeeded' || registered.keep;
    if (image && outcome !== 'succeeded') {
        log.warning(`The build ${outcome} after registering OMI ${image.ImageId} "${image.ImageName}": ` +
            'it is kept, with its snapshot.');
    }
    for (const entry of journal.active()) {
        if (keepProducts && isProduct(entry.resource)) {
            journal.mark(entry, 'kept');
            if (image)
                await keepProduct(entry.resource, image, means);
            continue;
        }
        try {
            await undoResource(entry.resource, means, journal);
            journal.mark(entry, 'undone');
            log.info(`Cleaned up ${undo_describe(entry)}`);
        }
        catch (error) {
            problems.push(`${undo_describe(entry)}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    if (problems.length > 0) {
        throw new Error(`could not clean up everything; left behind:\n- ${problems.join('\n- ')}`);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/step.ts

function buildStep(definition) {
    const { name, title, skip, run } = definition;
    return {
        name,
        title,
        ...(skip ? { skip } : {}),
        run: (context) => run(context, {
            journal: context.journal.forStep(name),
            need: (result) => need(context, result, name)
        })
    };
}

;// CONCATENATED MODULE: ./src/pipeline/account.ts
/**
 * Our own account id, which tells our OMIs and snapshots from those other accounts share or make
 * public. ReadAccounts gives it; an access key whose EIM policy denies ReadAccounts (HTTP 403) can
 * still read the runner VM, whose network interfaces name the account that owns them (`Nics[]
 * .AccountId`, https://docs.outscale.com/api#readvms).
 */


/** `readVm` reads the runner VM, by default with its own ReadVms (first-reads.ts shares one). */
async function readOwnAccountId(client, vmId, signal, readVm = async () => (await client.readVms({ VmIds: [vmId] }, signal))[0]) {
    let denied;
    try {
        const [account] = await client.readAccounts(signal);
        if (!account)
            throw new Error('ReadAccounts returned no account for these credentials');
        return account.AccountId;
    }
    catch (error) {
        if (!(error instanceof OapiError) || error.httpStatus !== 403)
            throw error;
        denied = error;
    }
    const vm = await readVm();
    const accountId = vm?.Nics?.find((nic) => nic.AccountId)?.AccountId;
    if (!accountId) {
        throw new Error(`This access key is denied ReadAccounts (HTTP 403) and the runner VM ${vmId} has no network ` +
            "interface naming its account, so the build cannot tell this account's OMIs from others': " +
            `allow ReadAccounts in the key's EIM policy. (${denied.message})`, { cause: denied });
    }
    log.info(`This access key is denied ReadAccounts (HTTP 403): account ${accountId} is taken from the ` +
        `network interface of the runner VM ${vmId}.`);
    return accountId;
}

;// CONCATENATED MODULE: ./src/pipeline/first-reads.ts

const runnerVms = new WeakMap();
const accountIds = new WeakMap();
function once(cache, context, read) {
    let pending = cache.get(context);
    if (!pending) {
        pending = read();
        cache.set(context, pending);
    }
    return pending;
}
/** The runner's VM as the API describes it (one ReadVms), or undefined when it is not visible. */
function readRunnerVm(context) {
    const { client, vmId, signal } = context;
    return once(runnerVms, context, async () => {
        const [vm] = await client.readVms({ VmIds: [vmId] }, signal);
        return vm;
    });
}
/** Our account id (ReadAccounts, else the runner VM's network interface). */
function readAccountId(context) {
    return once(accountIds, context, () => readOwnAccountId(context.client, context.vmId, context.signal, () => readRunnerVm(context)));
}

;// CONCATENATED MODULE: ./src/pipeline/steps/check-credentials.ts



/**
 * Proves the keys, the region and the clock before anything is created, with the runner VM's
 * ReadVms that StepVmInfo needs anyway (one request for both, first-reads.ts): it says here what a
 * 401 means; whether the VM is visible is StepVmInfo's to say.
 */
const stepCheckCredentials = buildStep({
    name: 'StepCheckCredentials',
    title: 'Checking the credentials',
    async run(context) {
        const { region } = context;
        try {
            await readRunnerVm(context);
        }
        catch (error) {
            if (error instanceof OapiError && error.httpStatus === 401) {
                throw new Error(`the Outscale API refused the credentials in region ${region} (${error.message}). ` +
                    'Check access_key/secret_key (or OSC_ACCESS_KEY/OSC_SECRET_KEY), region, and that the runner clock is right.', { cause: error });
            }
            throw error;
        }
    }
});

;// CONCATENATED MODULE: ./src/host/sandbox.ts
/**
 * Namespaces around the image's code.
 *
 * A chroot alone shares everything else with the host: the image's code would see every host
 * process in /proc (with its environ, holding the runner's credentials, and /proc/1/root, the
 * host's root), could signal them, and a daemon started by a package would outlive the build.
 * So provisioning runs under util-linux's `unshare` in new PID, mount, IPC and UTS namespaces,
 * and a fresh proc of the new PID namespace is mounted over the image's /proc before chroot:
 * the image sees its own processes only. When the namespace's first process exits, the kernel
 * kills everything left in it (pid_namespaces(7)): that is how daemons started by packages end.
 * `--kill-child` ends the namespace when unshare itself is killed (cancellation).
 *
 * Two more things keep root inside the chroot from reaching the host. In the new mount namespace
 * the image is moved onto `/` before chroot (as switch_root(8) does), so a process that chroots
 * again and climbs with ".." (the classic chroot escape) ends at the image's root, not the host's.
 * And the image's code runs with Docker's default capability set only
 * (https://github.com/moby/moby/blob/master/oci/caps/defaults.go): without CAP_SYS_ADMIN it
 * cannot mount (a devtmpfs would show every disk of the runner), without CAP_SYS_RAWIO,
 * CAP_SYS_MODULE, CAP_NET_ADMIN, CAP_SYS_TIME, CAP_SYS_BOOT and the others it cannot touch the
 * host's hardware, kernel, network or clock. Package installs need no more than that set.
 *
 * The scripts below are fixed text: every value reaches them as a positional parameter ("$@"),
 * never spliced into shell text.
 */







const NAMESPACES = ['--pid', '--fork', '--kill-child', '--mount', '--propagation', 'private'];
const PROVISION_NAMESPACES = [...NAMESPACES, '--ipc', '--uts'];
/** The options of the fresh proc: read-only, so the host's kernel settings stay out of reach. */
const PROC_OPTIONS = 'ro,nosuid,nodev,noexec';
/** What the image's code may do as root: Docker's default set, everything else dropped. */
const IMAGE_CAPABILITIES = [
    'chown',
    'dac_override',
    'fowner',
    'fsetid',
    'kill',
    'setgid',
    'setuid',
    'setpcap',
    'setfcap',
    'mknod',
    'net_bind_service',
    'net_raw',
    'sys_chroot',
    'audit_write'
];
const BOUNDING_SET = ['-all', ...IMAGE_CAPABILITIES.map((name) => `+${name}`)].join(',');
/** $0 of the sandbox scripts, as ps shows them. */
const SCRIPT_NAME = 'osc-chroot-sandbox';
/**
 * Provisioning: $1 image root, $2 its /proc on the host, $3 the environment file, $4 the
 * capability bounding set, then the command to run in the chroot. The environment file is read
 * here, on the host side, and never enters the image: the values reach the command through its
 * environment only. It is removed as soon as it is read, so that a build killed while the command
 * runs leaves no file of its variables behind. The host's setpriv and chroot are looked up before the file can change PATH;
 * after the image is moved onto `/`, a path is still resolved from this process's root, the
 * host's, until chroot.
 */
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
rm -f -- "$environment"
rmdir -- "$(dirname -- "$environment")" 2>/dev/null || true
exec "$setpriv" --bounding-set "$capabilities" "$chroot" . "$@"`;
/**
 * A host command (provision_host_commands): $1 the image's /proc on the host, $2 the command,
 * $3 (may be empty) a file of variables to add to its environment (values never in an argv).
 * The command keeps the host's own /proc and file system; what it starts in the chroot sees the
 * fresh proc of the new PID namespace.
 */
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
  rm -f -- "$3"
  rmdir -- "$(dirname -- "$3")" 2>/dev/null || true
fi
exec /bin/sh -c "$2"`;
/** Whether the build runs anything in the sandbox (provisioning or provision_host_commands). */
function needsSandbox(config) {
    return (config.provision.trim() !== '' ||
        config.provisionScripts.length > 0 ||
        config.provisionHostCommands.length > 0 ||
        (config.templateProvisioners ?? []).some((provisioner) => provisioner.type !== 'file'));
}
const checked = new WeakMap();
/**
 * Fails early, with what is needed, when unshare is missing or cannot make the namespaces (an
 * old util-linux, a container without the privilege). Checked once per runner.
 */
function assertSandboxAvailable(runner) {
    let check = checked.get(runner);
    if (!check) {
        const probe = ['unshare', ...PROVISION_NAMESPACES, '--', 'setpriv', '--bounding-set'];
        check = runner.run([...probe, BOUNDING_SET, 'true'], { quiet: true }).then(() => undefined, (error) => {
            checked.delete(runner);
            const reason = error instanceof CommandError ? error.stderrTail || error.message : error;
            throw new Error(`Provisioning runs in its own PID, mount, IPC and UTS namespaces with fewer ` +
                `capabilities, but "unshare ${PROVISION_NAMESPACES.join(' ')} -- setpriv ` +
                `--bounding-set ... true" failed: ${String(reason)}. It needs util-linux's unshare ` +
                `and setpriv (2.32 or later, package util-linux) run as root ` +
                `(through command_wrapper), on a kernel with namespaces.`);
        });
        checked.set(runner, check);
    }
    return check;
}
/** The image's /proc, as a host path, created when the image has none. */
async function imageProc(runner, mountPath) {
    const proc = await resolveInImage(runner, mountPath, '/proc');
    if (proc.info.type === 'missing') {
        await runner.run(['mkdir', '-p', '-m', '0555', '--', proc.hostPath], { quiet: true });
    }
    else if (proc.info.type !== 'directory') {
        throw new Error(`The image's /proc (${proc.pathInImage}) is not a directory.`);
    }
    return proc.hostPath;
}
/**
 * Writes variables to a 0600 file in a new 0700 directory, shell-quoted for `. file`, and gives
 * its path and a function that removes it. Values never appear in any argv.
 */
function writeEnvironmentFile(environment) {
    assertVariableNames(Object.keys(environment), 'the environment of a sandboxed command');
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'osc-chroot-env-'));
    const path = (0,external_node_path_.join)(dir, 'environment');
    const lines = Object.entries(environment).map(([name, value]) => `${name}=${(0,shell_quote.quote)([value])}\n`);
    const remove = () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    try {
        (0,external_node_fs_.writeFileSync)(path, lines.join(''), { mode: 0o600, flag: 'wx' });
    }
    catch (error) {
        remove();
        throw error;
    }
    return { path, remove };
}
/** Runs a command chrooted into the image, in new namespaces, with only `environment`. */
async function runInSandboxedChroot(sandboxed) {
    const { runner, mountPath, command } = sandboxed;
    await assertSandboxAvailable(runner);
    const proc = await imageProc(runner, mountPath);
    const environmentFile = writeEnvironmentFile(sandboxed.environment);
    try {
        return await runner.run([
            // Nothing of the runner's environment goes on: the file gives the command's.
            'env',
            '-i',
            'PATH=/usr/sbin:/usr/bin:/sbin:/bin',
            'unshare',
            ...PROVISION_NAMESPACES,
            '--',
            '/bin/sh',
            '-c',
            PROVISION_SCRIPT,
            SCRIPT_NAME,
            mountPath,
            proc,
            environmentFile.path,
            BOUNDING_SET,
            ...command
        ], { display: `chroot ${mountPath} ${(0,shell_quote.quote)(command)}`, ...sandboxed.options });
    }
    finally {
        environmentFile.remove();
    }
}
/**
 * Runs a user's host command (shell text) in new PID and mount namespaces whose view of the
 * image's /proc is a fresh proc, so that what it starts in the chroot sees no host process.
 */
async function runHostCommandBesideChroot(runner, mountPath, command, options = {}, 
/** Variables added to the command's environment, through a 0600 file. */
environment = {}) {
    await assertSandboxAvailable(runner);
    const proc = await imageProc(runner, mountPath);
    const environmentFile = Object.keys(environment).length > 0 ? writeEnvironmentFile(environment) : undefined;
    try {
        return await runner.run([
            'unshare',
            ...NAMESPACES,
            '--',
            '/bin/sh',
            '-c',
            HOST_COMMAND_SCRIPT,
            SCRIPT_NAME,
            proc,
            command,
            environmentFile?.path ?? ''
        ], { display: command, userCommand: true, ...options });
    }
    finally {
        environmentFile?.remove();
    }
}

;// CONCATENATED MODULE: ./src/pipeline/steps/check-sandbox.ts


/**
 * Provisioning needs unshare's namespaces: found missing now, before anything is created, while
 * the first reads are on the network (it runs with them). A build left open for osc-chroot-exec
 * (split mode) will provision, whatever its inputs say.
 */
const stepCheckSandbox = buildStep({
    name: 'StepCheckSandbox',
    title: "Checking the provisioning sandbox's tools",
    skip: ({ config, leftOpen }) => config.dryRun || !(leftOpen || needsSandbox(config)),
    async run({ host }) {
        await assertSandboxAvailable(host);
    }
});

;// CONCATENATED MODULE: ./src/host/device-name.ts
/**
 * The device name to link the volume as (/dev/xvdf ...), chosen while holding the host lock.
 *
 * LinkVolume accepts /dev/xvd[b-z][a-z]? and /dev/sd[b-z][a-z]?; the guest does not necessarily
 * show the disk under that name. An Outscale VM shows it as a QEMU SCSI disk whose udev link
 * /dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_sd<letters> carries the requested letters
 * (docs/outscale-fidelity.md, "Devices inside the VM"). A name is free only if nothing on this host
 * uses its letters under any of those forms and no link of this VM (in any state: a detaching
 * volume still holds its slot, https://github.com/hashicorp/packer/issues/3060) uses them
 * according to the API.
 */



const hostDeviceLayout = {
    devDir: '/dev',
    sysBlockDir: '/sys/block',
    byIdDir: '/dev/disk/by-id'
};
const QEMU_BY_ID_PREFIX = 'scsi-0QEMU_QEMU_HARDDISK_sd';
/** Letters tried for a chosen name, in order (a-e are left to the image's own disks). */
const CANDIDATE_LETTERS = 'fghijklmnopqrstuvwxyz'.split('');
/** The letters that identify a device slot: /dev/xvdf, /dev/sdf and /dev/sdf1 all give "f". */
function deviceLetters(deviceName) {
    return /^(?:\/dev\/)?(?:xvd|sd|vd)([a-z]+)\d*$/.exec(deviceName)?.[1];
}
/** The udev by-id name under which an Outscale VM shows a volume linked as deviceName. */
function qemuByIdName(deviceName) {
    const letters = deviceLetters(deviceName);
    return letters === undefined ? undefined : `${QEMU_BY_ID_PREFIX}${letters}`;
}
function exists(path) {
    try {
        (0,external_node_fs_.lstatSync)(path); // a dangling by-id link still marks the slot as taken
        return true;
    }
    catch {
        return false;
    }
}
function listDir(path) {
    try {
        return (0,external_node_fs_.readdirSync)(path);
    }
    catch {
        return [];
    }
}
/** xvd, unless the host's disks are named sd* (and none xvd*); vd is not accepted by the API. */
function devicePrefix(layout = hostDeviceLayout) {
    const disks = listDir(layout.sysBlockDir);
    if (disks.some((disk) => disk.startsWith('xvd')))
        return 'xvd';
    if (disks.some((disk) => disk.startsWith('sd')))
        return 'sd';
    return 'xvd';
}
/** Why a device name cannot be used, or undefined when it is free. */
function whyInUse(deviceName, options, layout) {
    const letters = deviceLetters(deviceName);
    const name = deviceName.replace(/^\/dev\//, '');
    const usedLink = options.usedByVm.find((used) => deviceLetters(used) === letters);
    if (usedLink)
        return `a volume of this VM is linked as ${usedLink}`;
    const claimed = options.claimedByBuilds?.find((used) => deviceLetters(used) === letters);
    if (claimed)
        return `another osc-chroot build on this host is linking a volume as ${claimed}`;
    const hostPaths = [
        (0,external_node_path_.join)(layout.devDir, name),
        (0,external_node_path_.join)(layout.devDir, `${name}1`),
        (0,external_node_path_.join)(layout.sysBlockDir, name),
        (0,external_node_path_.join)(layout.byIdDir, `${QEMU_BY_ID_PREFIX}${letters}`)
    ];
    const present = hostPaths.find(exists);
    return present ? `${present} exists on this host` : undefined;
}
/** The first free /dev/<prefix>[f-z]. Call it while holding the host lock. */
function chooseDeviceName(options) {
    const layout = options.layout ?? hostDeviceLayout;
    const prefix = devicePrefix(layout);
    const reasons = [];
    for (const letter of CANDIDATE_LETTERS) {
        const candidate = `/dev/${prefix}${letter}`;
        const reason = whyInUse(candidate, options, layout);
        if (!reason) {
            log.info(`Device name: ${candidate}`);
            return candidate;
        }
        reasons.push(`${candidate}: ${reason}`);
    }
    throw new Error(`No free device name: /dev/${prefix}f to /dev/${prefix}z are all in use ` +
        `(${reasons.join('; ')}). Unlink leftover volumes from this VM, or set device_path.`);
}
const LINKABLE_NAME = /^\/dev\/(?:xvd|sd)[b-z][a-z]?$/;
/**
 * Checks a device_path given by the user: a name LinkVolume accepts (/dev/vdX is rewritten to
 * /dev/xvdX, as Packer does) and free in the same sense as a chosen one. Returns the name to link.
 */
function checkDevicePath(devicePath, options) {
    const layout = options.layout ?? hostDeviceLayout;
    let name = devicePath;
    if (name.startsWith('/dev/vd')) {
        name = name.replace('/dev/vd', '/dev/xvd');
        log.info(`device_path: ${devicePath} becomes ${name} (the API does not accept /dev/vd names)`);
    }
    if (!LINKABLE_NAME.test(name)) {
        throw new Error(`device_path ${JSON.stringify(devicePath)} is not a name LinkVolume accepts: use /dev/xvd[b-z] ` +
            `or /dev/sd[b-z] (optionally with a second letter a-z), or leave it empty to choose one.`);
    }
    const reason = whyInUse(name, options, layout);
    if (reason) {
        throw new Error(`device_path ${name} is already in use: ${reason}. Choose another device_path or leave it empty.`);
    }
    return name;
}

;// CONCATENATED MODULE: ./src/host/device-proof.ts
/**
 * Proof that a block device is the volume this build just linked, before anything writes to it
 * (pre_mount_commands may run mkfs on it). A device name alone is no proof: a typo in
 * nvme_device_path (/dev/vda, /dev/nvme0n1) or a udev link left by an earlier disk would send
 * the build to the runner's own disk. The device must be:
 *   - a whole disk (not a partition);
 *   - shown under the requested name's by-id link (how an Outscale VM names a BSU volume), or a
 *     disk that appeared after LinkVolume (absent from the list taken before, or of size 0 then);
 *   - of the volume's size;
 *   - holding no mounted file system and used by no device-mapper/md device;
 *   - neither the disk holding `/` nor its parent.
 */




const GIB = 1024 ** 3;
/** A failed proof: `wait` when the disk may still be settling (its size not yet known). */
class DeviceProofError extends Error {
    wait;
    constructor(message, wait = false) {
        super(message);
        this.wait = wait;
    }
}
function readSys(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8').trim();
    }
    catch {
        return undefined;
    }
}
function resolvesTo(link, device) {
    try {
        return (0,external_node_fs_.realpathSync)(link) === device;
    }
    catch {
        return false;
    }
}
/** The sysfs directory of a block device by number (a partition's parent is its disk). */
function sysDir(majorMinor) {
    try {
        return (0,external_node_fs_.realpathSync)((0,external_node_path_.join)('/sys/dev/block', majorMinor));
    }
    catch {
        return undefined;
    }
}
/**
 * "major:minor" of the devices `/` lives on: its own device, the disk holding it when that is a
 * partition, and the disks under it when it is a device-mapper or md device (LVM, RAID).
 */
function rootDiskNumbers() {
    const numbers = new Set();
    const add = (majorMinor) => {
        if (!majorMinor || numbers.has(majorMinor))
            return;
        numbers.add(majorMinor);
        const dir = sysDir(majorMinor);
        if (!dir)
            return;
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'partition')))
            add(readSys((0,external_node_path_.join)(dir, '..', 'dev')));
        let slaves = [];
        try {
            slaves = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(dir, 'slaves'));
        }
        catch {
            // not a stacked device
        }
        for (const slave of slaves)
            add(readSys((0,external_node_path_.join)(dir, 'slaves', slave, 'dev')));
    };
    add(majorMinorOf((0,external_node_fs_.statSync)('/').dev));
    return [...numbers];
}
/** Devices stacked on the disk or its partitions (LVM, md, dm-crypt): a disk in use. */
function holders(disk) {
    const dir = (0,external_node_path_.join)('/sys/block', disk);
    const found = [];
    const list = (path) => {
        try {
            found.push(...(0,external_node_fs_.readdirSync)((0,external_node_path_.join)(path, 'holders')));
        }
        catch {
            // no holders directory
        }
    };
    list(dir);
    try {
        for (const entry of (0,external_node_fs_.readdirSync)(dir))
            if (entry.startsWith(disk))
                list((0,external_node_path_.join)(dir, entry));
    }
    catch {
        // not in sysfs
    }
    return found;
}
function proveNewVolume(input) {
    const { device, option } = input;
    const name = (0,external_node_path_.basename)(device);
    const fail = (why, wait = false) => new DeviceProofError(`${option} ${device} is not the volume this build linked as ${input.requestedName}: ${why}. ` +
        'Nothing was written to it. ' +
        (option === 'nvme_device_path'
            ? 'Set nvme_device_path to the disk the new volume appears as (see `lsblk`), or leave it empty to let the build find it.'
            : 'Check the runner for leftover volumes or udev links, or set nvme_device_path.'), wait);
    const majorMinor = blockDeviceNumber(device);
    if (!majorMinor)
        throw fail('it is not a block device');
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)('/sys/block', name))) {
        throw fail('it is a partition, not a whole disk');
    }
    if (rootDiskNumbers().includes(majorMinor)) {
        throw fail("it is the disk holding / (the runner's own system)");
    }
    const mounted = mountsOf(device);
    if (mounted.length > 0) {
        throw fail(`it holds mounted file systems (${mounted.map((m) => m.mountPoint).join(', ')})`);
    }
    const stacked = holders(name);
    if (stacked.length > 0)
        throw fail(`it is in use by ${stacked.join(', ')}`);
    const byIdName = qemuByIdName(input.requestedName);
    const byIdPath = byIdName ? (0,external_node_path_.join)(input.byIdDir, byIdName) : undefined;
    const namedByLink = byIdPath !== undefined && resolvesTo(byIdPath, device);
    const before = input.disksBeforeLink[name];
    const bytes = Number(readSys((0,external_node_path_.join)('/sys/block', name, 'size')) ?? 0) * 512;
    const appeared = before === undefined || (before === 0 && bytes > 0);
    if (!namedByLink && before === 0 && bytes === 0) {
        // Listed, empty, before the link and still: a drive whose disk is not attached yet.
        throw fail('its size is still 0, as before LinkVolume (not attached yet)', true);
    }
    if (!namedByLink && !appeared) {
        throw fail(`it was already on this runner before LinkVolume (${(before / GIB).toFixed(2)} GiB), and ` +
            (byIdPath ? `${byIdPath} does not lead to it` : 'no by-id link names it'));
    }
    const expected = input.volumeSizeGiB * GIB;
    if (bytes !== expected) {
        throw fail(`its size is ${(bytes / GIB).toFixed(2)} GiB, the volume's is ${input.volumeSizeGiB} GiB`, bytes === 0);
    }
    return { device, majorMinor, byIdPath: namedByLink ? byIdPath : undefined };
}
/**
 * Packer documents nvme_device_path as a partition prefix (/dev/nvme1n1p, to which it appends the
 * partition number); the build wants the disk. Returns the disk path and whether it changed.
 */
function nvmeDiskPath(nvmeDevicePath) {
    const prefix = /^(\/dev\/nvme\d+n\d+)p$/.exec(nvmeDevicePath);
    return prefix ? { disk: prefix[1], rewritten: true } : { disk: nvmeDevicePath, rewritten: false };
}

;// CONCATENATED MODULE: ./src/host/device-watch.ts
/**
 * Wakes the wait for a linked volume's disk the moment a name for it appears, instead of polling
 * on an interval: inotify (fs.watch) on the directories where its names are created. A directory
 * that does not exist yet (udev makes /dev/disk/by-id with the first link) is not watched; its
 * nearest existing parent is, and the watch moves down once it appears. /sys/block is watched
 * too, though sysfs rarely reports new disks: the caller keeps a slow re-scan for what no event
 * announces (a disk whose size changes, a missed event).
 */


/** The directory itself when it exists, else its nearest existing parent. */
function nearestExisting(directory) {
    let current = directory;
    while (!(0,external_node_fs_.existsSync)(current) && (0,external_node_path_.dirname)(current) !== current)
        current = (0,external_node_path_.dirname)(current);
    return current;
}
class DeviceWatch {
    directories;
    watchers = new Map();
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
                const watcher = (0,external_node_fs_.watch)(directory, { persistent: false }, () => this.notify());
                // A watched directory removed (the last by-id link gone) closes its watcher: re-arm.
                watcher.on('error', () => {
                    watcher.close();
                    this.watchers.delete(directory);
                    this.notify();
                });
                this.watchers.set(directory, watcher);
            }
            catch {
                // Gone between the check and the watch, or not watchable: the re-scan covers it.
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
            return 'event';
        }
        signal?.throwIfAborted();
        return new Promise((resolve, reject) => {
            const finish = () => {
                clearTimeout(timer);
                signal?.removeEventListener('abort', onAbort);
                this.wake = undefined;
                this.changed = false;
            };
            const onAbort = () => {
                finish();
                reject(signal?.reason ?? new Error('aborted'));
            };
            const timer = setTimeout(() => {
                finish();
                resolve('rescan');
            }, ms);
            this.wake = () => {
                finish();
                resolve('event');
            };
            signal?.addEventListener('abort', onAbort, { once: true });
        });
    }
    close() {
        this.closed = true;
        for (const watcher of this.watchers.values())
            watcher.close();
        this.watchers.clear();
        this.wake = undefined;
    }
}

;// CONCATENATED MODULE: ./src/host/block-device.ts
/**
 * Finding the real block device of the linked volume, and its partitions.
 *
 * The API says "attached" before the guest shows the disk, and the guest rarely shows it under
 * the requested name (docs/outscale-fidelity.md, "Devices inside the VM"). So we wait, bounded,
 * and look in this order, waking when a name appears (inotify) rather than on an interval:
 *   1. nvme_device_path, when the user gave one (then nothing else);
 *   2. /dev/disk/by-id/scsi-0QEMU_QEMU_HARDDISK_sd<letters> (how Outscale VMs show BSU volumes);
 *   3. the requested name itself (/dev/xvdf);
 *   4. only on a host without by-id names, and under the host lock: the single whole disk that
 *      appeared since the link (/sys/block compared with a snapshot taken before LinkVolume: a
 *      new entry, or one whose size was 0) whose size is the volume's, when no other build's link
 *      of that size is still unfound (link-ledger.ts).
 * Rules 1-3 need no lock: once LinkVolume is accepted the name is the API's.
 * Whatever rule finds it, the disk must then prove it is the new volume (device-proof.ts) before
 * it is returned. Partitions are read from sysfs; when the kernel has not scanned the partition
 * table (no udev, or a kernel without the table parser), `partx -a` adds them.
 */







const block_device_GIB = 1024 ** 3;
function diskSizeBytes(disk) {
    try {
        return Number((0,external_node_fs_.readFileSync)((0,external_node_path_.join)('/sys/block', disk, 'size'), 'utf8').trim()) * 512;
    }
    catch {
        return undefined;
    }
}
/**
 * The whole disks now, with their sizes; take it before LinkVolume. Sizes matter: a loop device
 * (or an empty drive) is listed with size 0 before anything is attached to it.
 */
function snapshotDisks() {
    const snapshot = {};
    let disks;
    try {
        disks = (0,external_node_fs_.readdirSync)('/sys/block');
    }
    catch {
        return snapshot;
    }
    for (const disk of disks.sort())
        snapshot[disk] = diskSizeBytes(disk) ?? 0;
    return snapshot;
}
function blockDeviceAt(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isBlockDevice() ? (0,external_node_fs_.realpathSync)(path) : undefined;
    }
    catch {
        return undefined;
    }
}
/** /dev/sdf -> /dev/sdf1, /dev/loop3 -> /dev/loop3p1, /dev/nvme1n1 -> /dev/nvme1n1p1. */
function partitionPath(disk, number) {
    return /\d$/.test(disk) ? `${disk}p${number}` : `${disk}${number}`;
}
/** The partitions the kernel knows for a whole disk (sysfs), in order. */
function kernelPartitions(disk) {
    const name = (0,external_node_path_.basename)(disk);
    const dir = (0,external_node_path_.join)('/sys/class/block', name);
    const partitions = [];
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir);
    }
    catch {
        return partitions;
    }
    for (const entry of entries) {
        if (!entry.startsWith(name))
            continue;
        try {
            const number = Number((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, entry, 'partition'), 'utf8').trim());
            partitions.push({ number, path: `/dev/${entry}` });
        }
        catch {
            // not a partition (holders, queue, ...)
        }
    }
    return partitions.sort((a, b) => a.number - b.number);
}
/** Partition numbers in the disk's partition table (none when it has no table). */
async function partitionTable(runner, disk) {
    const result = await runner.run(['partx', '-g', '-o', 'NR', disk], {
        quiet: true,
        allowedExitCodes: [0, 1]
    });
    return result.stdout
        .split('\n')
        .map((line) => Number(line.trim()))
        .filter((n) => Number.isInteger(n) && n > 0);
}
/**
 * Makes the disk's partitions visible (partx -a for those in the table that the kernel lacks,
 * e.g. after pre_mount_commands partitioned a blank volume) and returns them.
 */
async function refreshPartitions(runner, disk) {
    const table = await partitionTable(runner, disk);
    const isVisible = (n) => kernelPartitions(disk).some((p) => p.number === n && (0,external_node_fs_.existsSync)(p.path));
    if (table.some((n) => !isVisible(n))) {
        // Exit code 1 when some partitions were already known: the others are still added.
        await runner.run(['partx', '-a', disk], { quiet: true, allowedExitCodes: [0, 1] });
        for (let waited = 0; waited < 5000 && table.some((n) => !isVisible(n)); waited += 100) {
            await (0,promises_.setTimeout)(100); // device nodes appear right after the kernel adds the partition
        }
    }
    const partitions = kernelPartitions(disk);
    if (partitions.length > 0)
        log.debug(`Partitions of ${disk}: ${partitions.map((p) => p.path).join(', ')}`);
    return partitions;
}
/** The rules that find the disk by a name the API's device name gives it: no lock needed. */
function lookByName(options, byIdDir) {
    const seen = [];
    if (options.nvmeDevicePath) {
        const device = blockDeviceAt(nvmeDiskPath(options.nvmeDevicePath).disk);
        if (device)
            return { found: { device, foundBy: 'nvme_device_path' }, seen };
        return { seen: [`nvme_device_path ${options.nvmeDevicePath}: not a block device yet`] };
    }
    const byIdName = qemuByIdName(options.requestedName);
    if (byIdName) {
        const link = (0,external_node_path_.join)(byIdDir, byIdName);
        const device = blockDeviceAt(link);
        if (device)
            return { found: { device, foundBy: 'by-id' }, seen };
        seen.push(`${link}: missing`);
    }
    const named = blockDeviceAt(options.requestedName);
    if (named)
        return { found: { device: named, foundBy: 'requested name' }, seen };
    seen.push(`${options.requestedName}: missing`);
    return { seen };
}
/** Whether this host names disks by id as an Outscale VM does (then only names are trusted). */
function hostHasByIdNames(byIdDir) {
    try {
        return (0,external_node_fs_.readdirSync)(byIdDir).some((name) => name.startsWith(QEMU_BY_ID_PREFIX));
    }
    catch {
        return false;
    }
}
function majorMinorOfDisk(disk) {
    try {
        return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)('/sys/block', disk, 'dev'), 'utf8').trim();
    }
    catch {
        return undefined;
    }
}
/**
 * The single whole disk that appeared since the link with the volume's size. Made under the host
 * lock: it chooses only when no other build's link of that size is still unproven (its disk
 * could be the one seen), and never a disk another build has proven.
 */
function lookForNewDisk(options) {
    const others = options.otherLinks?.() ?? [];
    const size = options.volumeSizeGiB;
    const unproven = others.filter((entry) => entry.sizeGiB === size && !entry.majorMinor);
    if (unproven.length > 0) {
        return {
            seen: [
                `new disks since the link: not chosen while ${unproven.map((e) => e.volumeId).join(', ')} ` +
                    `(other builds' volumes of ${size} GiB) are not found yet`
            ]
        };
    }
    const proven = new Set(others.map((entry) => entry.majorMinor));
    const expectedBytes = size * block_device_GIB;
    const before = options.disksBeforeLink;
    const sized = Object.entries(snapshotDisks())
        .filter(([disk, bytes]) => !(disk in before) || (before[disk] === 0 && bytes > 0))
        .filter(([disk]) => !proven.has(majorMinorOfDisk(disk)))
        .map(([disk, bytes]) => ({ disk, bytes }));
    const matching = sized.filter((d) => d.bytes === expectedBytes && blockDeviceAt(`/dev/${d.disk}`));
    if (matching.length === 1) {
        return {
            found: { device: `/dev/${matching[0].disk}`, foundBy: 'new disk of the volume size' },
            seen: []
        };
    }
    const described = sized.map((d) => `${d.disk} (${(d.bytes / block_device_GIB).toFixed(2)} GiB)`);
    return {
        seen: [
            `new disks since the link: ${described.length > 0 ? described.join(', ') : 'none'}` +
                (matching.length > 1 ? ` (${matching.length} of ${size} GiB: ambiguous)` : '')
        ]
    };
}
/**
 * By name first; the new-disk look only where the host has no by-id names (there, a disk that
 * shows without its name yet is another build's as likely as ours) and only under the lock.
 */
async function lookOnce(options, byIdDir) {
    const byName = lookByName(options, byIdDir);
    if (byName.found || options.nvmeDevicePath)
        return byName;
    if (hostHasByIdNames(byIdDir)) {
        const why = `this host names disks in ${byIdDir}: waiting for ours`;
        return { seen: [...byName.seen, `new disks since the link: not looked at (${why})`] };
    }
    if (!options.exclusively)
        return byName;
    const fallback = await options.exclusively(() => lookForNewDisk(options));
    if (!fallback) {
        return { seen: [...byName.seen, 'new disks since the link: not looked at (host lock busy)'] };
    }
    return { found: fallback.found, seen: [...byName.seen, ...fallback.seen] };
}
/** Directories where the disk's names appear: watched, so a new name wakes the wait. */
function watchedDirectories(options, byIdDir) {
    const named = options.nvmeDevicePath
        ? [nvmeDiskPath(options.nvmeDevicePath).disk]
        : [options.requestedName];
    return [...new Set([...named.map(external_node_path_.dirname), byIdDir, '/sys/block'])];
}
/** Settles udev's queue where udev runs, so its links exist when looked for; never elsewhere. */
async function settleUdev(options) {
    if (!(0,external_node_fs_.existsSync)(options.udevControlPath ?? '/run/udev/control'))
        return;
    const udevadm = findExecutable('udevadm');
    if (!udevadm)
        return;
    await options.runner.run([udevadm, 'settle', '--timeout=5'], {
        quiet: true,
        allowedExitCodes: [0, 1],
        signal: options.signal
    });
}
function findExecutable(name) {
    const dirs = (process.env.PATH ?? '')
        .split(external_node_path_.delimiter)
        .concat(['/usr/sbin', '/sbin', '/usr/bin', '/bin']);
    return dirs.map((dir) => (0,external_node_path_.join)(dir, name)).find((path) => (0,external_node_fs_.existsSync)(path));
}
const lookedOn = {
    'first look': 'on the first look',
    event: 'woken by an inotify event',
    rescan: 'on the safety re-scan'
};
/** How soon to look again at a disk seen but not yet of its size (no event says when it is). */
const SETTLING_MS = 100;
/**
 * Waits (bounded) for the linked volume's block device and makes its partitions visible. The
 * wait wakes on inotify events in the directories where its names appear (device-watch.ts),
 * with a slow re-scan for what no event announces.
 */
async function waitForBlockDevice(options) {
    if (options.nvmeDevicePath && nvmeDiskPath(options.nvmeDevicePath).rewritten) {
        log.warning(`nvme_device_path ${options.nvmeDevicePath} is Packer's partition prefix; using the disk ` +
            `${nvmeDiskPath(options.nvmeDevicePath).disk}. Set nvme_device_path to the disk itself.`);
    }
    const byIdDir = options.byIdDir ?? '/dev/disk/by-id';
    const rescanMs = options.rescanMs ?? 1000;
    const started = Date.now();
    const timeoutMs = options.timeoutSeconds * 1000;
    let deadline = options.timeoutStarts ? Infinity : started + timeoutMs;
    options.timeoutStarts?.then(() => (deadline = Date.now() + timeoutMs), () => undefined // the link failed: its own error ends the build
    );
    // Watching starts before the first look: a name made between the look and the wait wakes it.
    const watch = new DeviceWatch(watchedDirectories(options, byIdDir));
    let wokenBy = 'first look';
    try {
        for (;;) {
            await settleUdev(options);
            const look = await lookOnce(options, byIdDir);
            let unproven;
            if (look.found) {
                const { device, foundBy } = look.found;
                try {
                    const proven = proveNewVolume({
                        device,
                        option: foundBy === 'nvme_device_path' ? 'nvme_device_path' : `block device (${foundBy})`,
                        requestedName: options.requestedName,
                        volumeSizeGiB: options.volumeSizeGiB,
                        disksBeforeLink: options.disksBeforeLink,
                        byIdDir
                    });
                    const elapsed = ((Date.now() - started) / 1000).toFixed(2);
                    log.info(`Block device of ${options.requestedName}: ${device} (found by ${foundBy} after ` +
                        `${elapsed} s, ${lookedOn[wokenBy]})`);
                    const partitions = await refreshPartitions(options.runner, device);
                    return {
                        device,
                        partitions,
                        foundBy,
                        majorMinor: proven.majorMinor,
                        byIdPath: proven.byIdPath,
                        wokenBy
                    };
                }
                catch (error) {
                    if (!(error instanceof DeviceProofError && error.wait))
                        throw error;
                    unproven = error; // its size is not known yet: wait
                }
            }
            const remaining = deadline - Date.now();
            if (remaining <= 0) {
                if (unproven)
                    throw unproven;
                throw new Error(`The volume linked as ${options.requestedName} did not appear as a block device within ` +
                    `${options.timeoutSeconds} s (timeouts.device). Looked for: ${look.seen.join('; ')}. ` +
                    `Raise timeouts.device, or set nvme_device_path to the device this VM shows.`);
            }
            const waitMs = Math.min(unproven ? SETTLING_MS : rescanMs, remaining);
            wokenBy = await watch.next(waitMs, options.signal);
        }
    }
    finally {
        watch.close();
    }
}

;// CONCATENATED MODULE: ./src/host/filesystem.ts
/** The file system type blkid finds on the device, or undefined when it finds none. */
async function detectFsType(runner, device) {
    // -p probes the device itself (the blkid cache may not know a disk linked a second ago).
    // Exit 2: nothing found; 8: ambivalent result.
    const result = await runner.run(['blkid', '-p', '-o', 'value', '-s', 'TYPE', device], {
        quiet: true,
        allowedExitCodes: [0, 2, 8]
    });
    return result.stdout.trim() || undefined;
}
/**
 * The user's mount_options, plus:
 * - `nouuid` for XFS: the volume is a clone of an image whose root file system often has the same
 *   UUID as the host's, and XFS refuses to mount a duplicate UUID;
 * - `nodev`, always and last (so a user's `dev` cannot undo it): a device node the image carries
 *   (say a copy of the runner's disk's major:minor) must not open the host's device, whether the
 *   host writes to it by mistake or the image's code opens it during provisioning.
 */
function mountOptionsFor(fsType, userOptions) {
    const options = [...userOptions];
    if (fsType === 'xfs' && !userOptions.includes('nouuid'))
        options.push('nouuid');
    options.push('nodev');
    return options;
}
/** `mount` arguments: type, each option as its own -o, device, target. */
function mountArgv(fsType, options, device, target) {
    return ['mount', '-t', fsType, ...options.flatMap((option) => ['-o', option]), device, target];
}

;// CONCATENATED MODULE: ./src/host/root-partition.ts
/**
 * mount_partition: which partition of the volume holds the image's root file system.
 *
 * A number picks that partition (0 = the whole disk, unpartitioned). `auto` looks: every
 * partition with a file system is mounted read-only at the mount path (so a probe interrupted
 * halfway is still cleaned up with the root mount, unmountOwnTree), searched for /etc/os-release, /bin/sh or /sbin/init
 * (links followed inside the image), and unmounted. Exactly one must qualify.
 */



const ROOT_MARKERS = ['/etc/os-release', '/bin/sh', '/sbin/init'];
function describePartitions(disk, partitions) {
    if (partitions.length === 0)
        return `${disk} has no partitions`;
    return `partitions of ${disk}: ${partitions.map((p) => `${p.number} (${p.path})`).join(', ')}`;
}
/** The partition mount_partition names (a number as text, or "auto"). */
async function selectRootPartition(runner, disk, partitions, mountPartition, probeMountPath) {
    if (mountPartition === 'auto')
        return findRootPartition(runner, disk, partitions, probeMountPath);
    const number = Number(mountPartition);
    if (!Number.isInteger(number) || number < 0) {
        throw new Error(`mount_partition ${JSON.stringify(mountPartition)}: use a partition number, 0 for the whole disk, or auto.`);
    }
    if (number === 0)
        return { number, path: disk };
    const partition = partitions.find((p) => p.number === number);
    if (!partition) {
        throw new Error(`mount_partition ${number}: ${disk} has no partition ${number} (${describePartitions(disk, partitions)}). ` +
            `Set mount_partition to one of them, 0 for the whole disk, or auto.`);
    }
    return partition;
}
async function probe(runner, candidate, mountPath) {
    const fsType = await detectFsType(runner, candidate.path);
    if (!fsType)
        return { candidate, isRoot: false, note: 'no file system' };
    if (fsType === 'swap')
        return { candidate, fsType, isRoot: false, note: 'swap' };
    const options = mountOptionsFor(fsType, ['ro']);
    const mounted = await runner.run(mountArgv(fsType, options, candidate.path, mountPath), {
        quiet: true,
        allowedExitCodes: [0, 1, 32]
    });
    if (mounted.exitCode !== 0) {
        return { candidate, fsType, isRoot: false, note: `cannot mount: ${mounted.stderr.trim()}` };
    }
    try {
        for (const marker of ROOT_MARKERS) {
            const found = await resolveInImage(runner, mountPath, marker);
            if (found.info.type !== 'missing')
                return { candidate, fsType, isRoot: true, note: `has ${marker}` };
        }
        return { candidate, fsType, isRoot: false, note: `none of ${ROOT_MARKERS.join(', ')}` };
    }
    finally {
        await runner.run(['umount', mountPath], { quiet: true });
    }
}
async function findRootPartition(runner, disk, partitions, probeMountPath) {
    const candidates = partitions.length > 0 ? partitions : [{ number: 0, path: disk }];
    const probes = [];
    for (const candidate of candidates)
        probes.push(await probe(runner, candidate, probeMountPath));
    const roots = probes.filter((p) => p.isRoot);
    const summary = probes
        .map((p) => `${p.candidate.number} (${p.candidate.path}${p.fsType ? `, ${p.fsType}` : ''}: ${p.note})`)
        .join('; ');
    if (roots.length === 1) {
        log.info(`mount_partition auto: partition ${roots[0].candidate.number} (${roots[0].candidate.path}) holds the root file system`);
        return roots[0].candidate;
    }
    const what = roots.length === 0 ? 'no partition holds' : `${roots.length} partitions hold`;
    throw new Error(`mount_partition auto: ${what} a root file system on ${disk}: ${summary}. ` +
        `Set mount_partition to the number of the root partition (0 for the whole disk).`);
}

;// CONCATENATED MODULE: ./src/host/mount.ts
/**
 * Mounting the image's root file system at mount_path.
 *
 * mount_path is a template whose {{.Device}} is the basename of the disk being mounted (sdb,
 * loop3, nvme1n1). The partition comes from mount_partition (root-partition.ts); the file system
 * type from blkid; XFS gets `nouuid`; each mount_options entry becomes its own `-o`.
 * Undo: proveOwnMount (mount-ownership.ts) from the facts given to onMountPathReady and returned
 * (device major:minor, mount id), then unmountOwnTree (unmount.ts), which also undoes the chroot
 * mounts.
 */









/** mount_path rendered for this disk, absolute (relative to the working directory, as Packer). */
function renderMountPath(template, disk) {
    return (0,external_node_path_.resolve)(render(template, { Device: (0,external_node_path_.basename)(disk) }, 'mount_path'));
}
/**
 * Makes sure the mount point is a directory only root can reach the image through, and creates
 * it (answering true) when missing. While mounted, the image (its setuid programs, its writable
 * directories) is reachable at the mount path by every user of the runner who can traverse the
 * parent, and a user who can write to the parent can swap the mount point for a symlink before
 * it is mounted on. So the parent is created 0700 root-owned; an existing parent that is not
 * root's, or that group or others can write to (such as /tmp), is refused rather than changed:
 * it is not the build's to chmod. mount_path's default, /mnt/osc-chroot/{{.Device}}, qualifies.
 */
async function prepareMountDirectory(runner, mountPath) {
    const parentPath = (0,external_node_path_.dirname)(mountPath);
    const parent = await inspectPath(runner, parentPath);
    if (parent.type === 'missing') {
        await runner.run(['mkdir', '-p', '--', parentPath], { quiet: true });
        await runner.run(['chmod', '0700', '--', parentPath], { quiet: true });
    }
    else if (parent.type !== 'directory') {
        throw new Error(`mount_path ${mountPath}: its parent ${parentPath} is ${describePathType(parent)}, not a directory. ` +
            'Set mount_path under a root-owned directory, e.g. /mnt/osc-chroot/{{.Device}}.');
    }
    else if (parent.uid !== '0' || (parseInt(parent.mode ?? '0', 8) & 0o022) !== 0) {
        throw new Error(`mount_path ${mountPath}: its parent ${parentPath} (owner uid ${parent.uid}, mode ${parent.mode}) ` +
            'is writable by users other than root, who could replace the mount point before the image ' +
            'is mounted there. Set mount_path under a directory only root can write to, e.g. ' +
            '/mnt/osc-chroot/{{.Device}}.');
    }
    const existing = await inspectPath(runner, mountPath);
    if (existing.type === 'missing') {
        await runner.run(['mkdir', '-m', '0755', '--', mountPath], { quiet: true });
        return true;
    }
    if (existing.type !== 'directory') {
        throw new Error(`mount_path ${mountPath} is ${describePathType(existing)}, not a directory: ` +
            'mount would follow it. Remove it, or set mount_path to another directory.');
    }
    return false;
}
/**
 * Refuses a mount path that is or holds a mount point (the runner's ephemeral disk on /mnt,
 * another build's mount) or that leads, through symlinks, to a directory the configuration
 * check would have refused.
 */
function checkMountPathFree(mountPath) {
    const real = canonicalPath(mountPath);
    const why = whyUnsafeMountPath(real);
    if (why) {
        throw new Error(`mount_path ${mountPath} leads to ${real}, which ${why}: ${mountPathAdvice}`);
    }
    const mounts = mountsUnder(real);
    if (mounts.length > 0) {
        const what = mounts[0].mountPoint === real
            ? 'is a mount point'
            : `holds the mount point ${mounts[0].mountPoint}`;
        throw new Error(`mount_path ${mountPath} ${what} (${mounts[0].source}, ${mounts[0].fsType}): another ` +
            'build, an earlier one, or the runner uses it, and a build only mounts on a directory of its ' +
            'own. Set mount_path to another directory, or unmount it if it was left by an earlier build.');
    }
}
async function mountRoot(options) {
    const { runner, disk } = options;
    const diskMajorMinor = blockDeviceNumber(disk);
    if (!diskMajorMinor)
        throw new Error(`${disk} is not a block device: cannot mount it.`);
    const renderedPath = renderMountPath(options.mountPath, disk);
    checkMountPathFree(renderedPath);
    const createdDirectory = await prepareMountDirectory(runner, renderedPath);
    // The kernel reports mount points with symlinks resolved: so does the journal.
    const mountPath = canonicalPath(renderedPath);
    options.onMountPathReady?.({ mountPath, createdDirectory, diskMajorMinor });
    try {
        const partitions = await refreshPartitions(runner, disk);
        const chosen = await selectRootPartition(runner, disk, partitions, options.mountPartition, mountPath);
        const fsType = await detectFsType(runner, chosen.path);
        if (!fsType) {
            throw new Error(`mount_partition ${options.mountPartition}: no file system found on ${chosen.path} (blkid). ` +
                `Check mount_partition, or create the file system in pre_mount_commands.`);
        }
        const mountOptions = mountOptionsFor(fsType, options.mountOptions);
        const mounted = await runner.run(mountArgv(fsType, mountOptions, chosen.path, mountPath), {
            allowedExitCodes: [0, 1, 32]
        });
        if (mounted.exitCode !== 0) {
            // mount says "bad option" and "bad superblock" in one breath: name what the user chose.
            const chosenOptions = options.mountOptions.length
                ? `mount_options ${JSON.stringify(options.mountOptions)}`
                : 'no mount_options';
            throw new Error(`Cannot mount ${chosen.path} (${fsType}, partition ${chosen.number}) at ${mountPath} with ` +
                `${chosenOptions}: ${mounted.stderr.trim() || `mount exited with ${mounted.exitCode}`}\n` +
                `Check that every mount_options entry is an option ${fsType} accepts, and mount_partition.`);
        }
        log.info(`Mounted ${chosen.path} (${fsType}${mountOptions.length ? `, ${mountOptions.join(',')}` : ''}) at ${mountPath}`);
        const majorMinor = blockDeviceNumber(chosen.path) ?? '';
        const mount = mountsAt(mountPath)
            .reverse()
            .find((entry) => entry.majorMinor === majorMinor);
        if (!mount)
            throw new Error(`${chosen.path} is not shown mounted at ${mountPath} after mount`);
        return {
            mountPath,
            majorMinor,
            mountId: mount.id,
            device: chosen.path,
            disk,
            partition: chosen.number,
            fsType,
            options: mountOptions,
            createdDirectory
        };
    }
    catch (error) {
        if (createdDirectory)
            await runner.run(['rmdir', '--', mountPath], { quiet: true, allowedExitCodes: [0, 1] });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/steps/claim-mount-path.ts





/** Whether mount_path depends on the device (then every build gets its own directory). */
function usesDevice(mountPath) {
    return renderMountPath(mountPath, '/dev/xvdf') !== renderMountPath(mountPath, '/dev/xvdg');
}
/**
 * A fixed mount_path is checked and claimed before anything is created: it must not be a mount
 * point (the runner's ephemeral disk on /mnt, a mount left by an earlier build) nor be used by a
 * build running at the same time on this runner. A mount_path with {{.Device}} is checked when
 * the device is known, right before mounting (mountRoot).
 */
const stepClaimMountPath = buildStep({
    name: 'StepClaimMountPath',
    title: 'Claiming the mount path',
    skip: ({ config }) => usesDevice(config.mountPath),
    async run({ config, buildId, signal }, { journal }) {
        const mountPath = renderMountPath(config.mountPath, '/dev/xvdf');
        // Under the host lock: replacing the claim of a build that died is then not a race.
        const held = await acquireHostLock({ purpose: `osc-chroot build ${buildId}`, signal });
        try {
            checkMountPathFree(mountPath);
            const claim = claimMountPath(canonicalPath(mountPath), buildId);
            journal.record({ kind: 'mount-path-claim', claim });
        }
        finally {
            await held.release();
        }
    }
});

;// CONCATENATED MODULE: ./src/pipeline/steps/copy-source-omi.ts





/** The longest OMI name CreateImage accepts. */
const maxImageNameLength = 128;
/**
 * The copy's name: the source's, shortened if need be, then the whole build id (builds of one
 * matrix share their run id: a cut build id would name another build's copy). Packer's copy name
 * holds ':' and '+' (Go's time string), which CreateImage refuses.
 */
function copyName(sourceName, buildId) {
    const suffix = cleanResourceName(`-osc-chroot-copy-${buildId}`);
    const room = Math.max(0, maxImageNameLength - suffix.length);
    return cleanResourceName(sourceName).slice(0, room) + suffix;
}
/**
 * A source owned by another account (e.g. Outscale's public images) cannot give its snapshot to
 * CreateVolume: copy the OMI into our account first. The copy is temporary: the journal deletes it
 * (and its snapshots) at the end, whatever happens.
 */
const stepCopySourceOmi = buildStep({
    name: 'StepCopySourceOmi',
    title: 'Copying the source OMI into this account',
    skip: ({ config, sourceImage, accountId }) => config.fromScratch || sourceImage?.AccountId === accountId,
    async run(context, { journal, need }) {
        const { client, signal, region } = context;
        const source = need('sourceImage');
        const name = copyName(source.ImageName ?? source.ImageId, context.buildId);
        // Journaled by its name (it holds the build id) before the call, as the volume is.
        const found = { imageName: name, accountId: context.accountId, buildId: context.buildId };
        const recorded = journal.record({ kind: 'source-copy', ...found });
        const copy = await client.createImage({ SourceImageId: source.ImageId, SourceRegionName: region, ImageName: name }, signal);
        recorded.update({ imageId: copy.ImageId });
        await persist(() => client.createTags({ ResourceIds: [copy.ImageId], Tags: toResourceTags(buildTags(context)) }, signal), persistOptions(context, 'omi', `tagging the source copy ${copy.ImageId}`));
        log.info(`Copying ${source.ImageId} to ${copy.ImageId}...`);
        // A copy takes far longer than a registration: its durations are learned apart.
        context.baseImage = await waitForImageAvailable(client, copy.ImageId, {
            ...waitOptions(context, 'omi'),
            learnAs: 'omi-copy'
        });
        log.info(`Copied source OMI: ${copy.ImageId}.`);
    }
});

;// CONCATENATED MODULE: ./src/pipeline/tag-while-waiting.ts
/**
 * Tags a just-created resource while waiting for it to be ready, rather than before: the API may
 * not list a new resource for a moment and refuse to tag it meanwhile (CreateTags then answers
 * not-found and is sent again), and that moment need not add to the build's time. The tag goes
 * out once the wait's reads list the resource, so it is not refused.
 */
/**
 * Both run to their end before this returns, so no call goes on after the step has failed; the
 * wait's failure is reported first, since it says more about the resource (its error state).
 */
async function tagWhileWaiting(tagging, waiting) {
    const [tagged, ready] = await Promise.allSettled([tagging, waiting]);
    if (ready.status === 'rejected')
        throw ready.reason;
    if (tagged.status === 'rejected')
        throw tagged.reason;
    return ready.value;
}
/**
 * How long a new resource goes untagged at most when no read has listed it yet: the orphan sweep
 * finds snapshots by their tags, so a build killed meanwhile must not leave one untagged for long.
 * The API lists a new resource within about a second (the realistic simulator's
 * readAfterCreateLagMs).
 */
const tagAfterMs = 2000;
/**
 * Tags the resource once a read of the wait has listed it, or tagAfterMs after the wait started,
 * or once the wait has ended, whichever comes first: sent at once, CreateTags on a resource
 * created a moment ago is answered not-found and sent again a second later, one call more for
 * nothing. `wait` gets the callback its reads call when they find the resource (a waiter's
 * onProgress).
 */
function tagOnceListed(tag, wait) {
    let resolveSeen;
    const seen = new Promise((resolve) => (resolveSeen = resolve));
    const timer = setTimeout(() => resolveSeen(), tagAfterMs);
    const listed = () => {
        clearTimeout(timer);
        resolveSeen();
    };
    const waiting = wait(listed);
    waiting.then(listed, listed);
    return tagWhileWaiting(seen.then(tag), waiting);
}

;// CONCATENATED MODULE: ./src/pipeline/steps/create-volume.ts






/** The base image's root mapping: the one whose DeviceName is the image's RootDeviceName. */
function rootMapping(image) {
    const mapping = image.BlockDeviceMappings?.find((m) => m.DeviceName === image.RootDeviceName);
    if (!mapping?.Bsu?.SnapshotId) {
        throw new Error(`OMI ${image.ImageId} has no BSU root mapping for its root device ${image.RootDeviceName}: it cannot be a chroot source.`);
    }
    return { ...mapping, Bsu: mapping.Bsu };
}
/**
 * The CreateVolume request, with Packer's rules (reference/packer-osc-chroot.md): from scratch, an
 * empty volume of root_volume_size (gp2 by default); otherwise a copy of the root snapshot, grown
 * to root_volume_size when that is larger, keeping the source's type unless root_volume_type
 * says. Size is left out when neither says one: the API then takes the snapshot's size (Size 0
 * is refused). Iops is only ever sent for io1; an io1 source keeps its Iops unless
 * root_volume_iops is set.
 */
function volumeRequest(config, subregion, image) {
    if (config.fromScratch) {
        const type = config.rootVolumeType || 'gp2';
        return {
            SubregionName: subregion,
            Size: config.rootVolumeSize,
            VolumeType: type,
            ...(type === 'io1' ? { Iops: config.rootVolumeIops } : {})
        };
    }
    if (!image)
        throw new Error('without from_scratch the volume is made from an OMI, and none was given');
    const bsu = rootMapping(image).Bsu;
    const sourceSize = bsu.VolumeSize ?? 0;
    if (config.rootVolumeSize > 0 && config.rootVolumeSize < sourceSize) {
        log.warning(`root_volume_size ${config.rootVolumeSize} GiB is smaller than the source's ${sourceSize} GiB: keeping ${sourceSize} GiB.`);
    }
    const type = config.rootVolumeType || bsu.VolumeType || 'standard';
    const iops = config.rootVolumeIops || (bsu.VolumeType === 'io1' ? bsu.Iops : undefined);
    const size = Math.max(sourceSize, config.rootVolumeSize);
    return {
        SubregionName: subregion,
        SnapshotId: bsu.SnapshotId,
        ...(size > 0 ? { Size: size } : {}),
        VolumeType: type,
        ...(type === 'io1' && iops ? { Iops: iops } : {})
    };
}
/**
 * Creates the work volume and tags it with the build id while waiting for it. It is
 * journaled with its ClientToken before CreateVolume is sent: a volume whose id never came back
 * (the step killed during the call) is still found and deleted.
 */
const stepCreateVolume = buildStep({
    name: 'StepCreateVolume',
    title: 'Creating the root volume',
    async run(context, { journal, need }) {
        const { client, config, signal } = context;
        const tags = {
            ...need('rendered').rootVolumeTags,
            ...buildTags(context)
        };
        const base = config.fromScratch ? undefined : need('baseImage');
        const request = volumeRequest(config, context.subregion, base);
        const clientToken = newClientToken(context.buildId);
        const recorded = journal.record({ kind: 'volume', clientToken });
        const volume = await client.createVolume({ ...request, ClientToken: clientToken }, signal);
        recorded.update({ volumeId: volume.VolumeId });
        log.info(`Volume ${volume.VolumeId}: ${request.Size ?? volume.Size ?? 'the snapshot size in'} GiB ${request.VolumeType}${request.SnapshotId ? ` from ${request.SnapshotId}` : ''}.`);
        // A volume just created may not be listed yet: CreateTags may answer that it does not exist.
        const waiting = waitOptions(context, 'volume');
        context.volume = await tagOnceListed(() => persist(() => client.createTags({ ResourceIds: [volume.VolumeId], Tags: toResourceTags(tags) }, signal), persistOptions(context, 'volume', `tagging volume ${volume.VolumeId}`)), (listed) => waitForVolumeAvailable(client, volume.VolumeId, {
            ...waiting,
            onProgress: (progress) => {
                listed();
                waiting.onProgress(progress);
            }
        }));
    }
});

;// CONCATENATED MODULE: ./src/pipeline/steps/deregister.ts




/**
 * force_deregister: delete our own OMIs of the same name, and with force_delete_snapshot their
 * snapshots. It runs after the new snapshot exists, so a build that fails earlier never loses the
 * old image. Never another account's: Packer tries to delete every image of that name it can see,
 * someone else's public one too (https://github.com/outscale/packer-plugin-outscale/blob/001c08a3c0b9f260df19ba854927e7ebf4bda67a/builder/common/step_deregister_omi.go).
 */
const stepDeregister = buildStep({
    name: 'StepDeregister',
    title: 'Deregistering the previous OMI',
    skip: ({ config }) => !config.forceDeregister,
    async run({ client, config, signal }, { need }) {
        const accountId = need('accountId');
        const images = (await client.readImages({ ImageNames: [config.omiName], AccountIds: [accountId] }, signal)).filter((image) => image.ImageName === config.omiName);
        if (images.length === 0)
            log.info(`No OMI named "${config.omiName}" to deregister.`);
        for (const image of images) {
            try {
                await client.deleteImage({ ImageId: image.ImageId }, signal);
            }
            catch (error) {
                // Deregistered meanwhile (another build of the same name): what was asked is done.
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

;// CONCATENATED MODULE: ./src/pipeline/steps/lock.ts


/** Waits for the host lock and journals it, so that the post step releases it after a kill. */
async function takeHostLock({ buildId, signal, host }, journal) {
    const held = await acquireHostLock({ purpose: `osc-chroot build ${buildId}`, signal, host });
    journal.record({ kind: 'lock', lock: held.lock });
}
/**
 * The host-wide lock: choosing a device name and claiming it in the link ledger happen under it,
 * so parallel builds on one runner never pick the same name. The volume is created and the names
 * in use are read before it; StepLinkVolume releases it once its claim is written (before
 * LinkVolume; on a host without by-id names, once the disk is found), which keeps it short.
 */
const stepLock = buildStep({
    name: 'StepLock',
    title: 'Taking the host device lock',
    async run(context, { journal }) {
        await takeHostLock(context, journal);
    }
});
/**
 * Called right before the device name is claimed: a lock lost by then (not refreshed in time, or
 * taken over by another build) means another build may be choosing the same device name, so the
 * build stops before linking. Once the claim is written, a lost lock is only a warning.
 */
function requireHostLock({ journal }) {
    for (const entry of journal.active('lock')) {
        if (entry.resource.kind !== 'lock')
            continue;
        const { lock } = entry.resource;
        const problem = hostLockProblem(lock);
        if (problem) {
            throw new Error(`The host lock ${lock.path} was lost before LinkVolume (${problem}): another build on ` +
                'this runner may choose the same device name, so this one stops before linking. ' +
                'Run it again; if it keeps happening, the runner is too loaded to refresh the lock in time.');
        }
    }
}

;// CONCATENATED MODULE: ./src/pipeline/steps/read-device-names.ts

/**
 * Device names this VM's links already use, according to the API. ReadVms describes a VM with a
 * refresh interval (its data may lag behind the links), so the volumes linked to the VM are read
 * too, fresh, and both are merged. The VM as StepVmInfo read it at the start serves for the first
 * part: a fresh ReadVms would be no fresher, and 8 builds on one runner sending the same ReadVms
 * at once meet the API's throttling of identical requests.
 */
async function namesUsedByVm(context) {
    const { client, vmId, signal } = context;
    const [vm, volumes] = await Promise.all([
        context.vm ?? client.readVms({ VmIds: [vmId] }, signal).then((vms) => vms[0]),
        client.readVolumes({ LinkVolumeVmIds: [vmId] }, signal)
    ]);
    const fromVm = (vm?.VmId === vmId ? (vm.BlockDeviceMappings ?? []) : []).map((mapping) => mapping.DeviceName);
    const fromVolumes = volumes.flatMap((volume) => (volume.LinkedVolumes ?? [])
        .filter((link) => link.VmId === vmId && link.State !== 'detached')
        .map((link) => link.DeviceName));
    return [...new Set([...fromVm, ...fromVolumes].filter((name) => !!name))];
}
/**
 * Reads the device names in use before the host lock is taken: the API's answer takes a round
 * trip (longer when other builds' identical reads are throttled), and no other build should wait
 * for it. What happens between this read and the choice is covered under the lock by the names
 * other builds on this host claimed (link-ledger.ts), and, for links made by anything else, by
 * LinkVolume's refusal of a name in use (link-volume.ts chooses again).
 */
const stepReadDeviceNames = buildStep({
    name: 'StepReadDeviceNames',
    title: "Reading the device names of this VM's links",
    async run(context) {
        context.namesInUse = await namesUsedByVm(context);
    }
});

;// CONCATENATED MODULE: ./src/pipeline/steps/link-volume.ts











/**
 * How many names a build tries when LinkVolume refuses them as in use. Only a link made by
 * something other than an osc-chroot build on this host (whose claims are in the ledger) since
 * the names were read can cause a refusal, so a second choice, after a fresh read, normally ends it.
 */
const MAX_DEVICE_CHOICES = 3;
/** LinkVolume's answer for a name another link of the VM holds: 409 ResourceConflict, 9003 or 9004. */
function isDeviceNameRefused(error) {
    return (error instanceof OapiError &&
        error.httpStatus === 409 &&
        (error.code === '9004' || error.code === '9003'));
}
function holdsHostLock(context) {
    return context.journal.active('lock').length > 0;
}
/**
 * Chooses a name under the host lock among those the API and the other live builds' claims leave
 * free, and writes this build's claim before the lock can be released.
 */
async function chooseAndClaim(context, journal, usedByVm, sizeGiB) {
    const { config } = context;
    const volumeId = context.volume.VolumeId;
    if (!holdsHostLock(context))
        await takeHostLock(context, journal);
    const claimedByBuilds = namesClaimedByOtherBuilds(volumeId);
    const deviceName = config.devicePath
        ? checkDevicePath(config.devicePath, { usedByVm, claimedByBuilds })
        : chooseDeviceName({ usedByVm, claimedByBuilds });
    requireHostLock(context);
    recordLink({ volumeId, pid: process.pid, sizeGiB, deviceName });
    return deviceName;
}
/**
 * Runs the new-disk look of the block device wait under the host lock: at once when this build
 * still holds it, else only if it is free right now (a build waiting for its own disk under the
 * lock must not block this one's by-name looks).
 */
function exclusively(context) {
    return async (look) => {
        if (context.journal.active('lock').length > 0)
            return look();
        const done = await whileHostLockFree(look, {
            purpose: `osc-chroot build ${context.buildId} (new-disk look)`,
            host: context.host
        });
        return done?.value;
    };
}
/**
 * Chooses a free device name under the host lock (among the names StepReadDeviceNames read and
 * those other live builds claimed in the link ledger), claims it in the ledger, releases the lock
 * and links the volume, then waits until the kernel shows the block device. A name LinkVolume
 * refuses as in use (linked meanwhile by something that is not an osc-chroot build) is chosen
 * again, a bounded number of times. The name given to LinkVolume is not the
 * kernel's: an Outscale VM shows /dev/xvdf as /dev/sdX with a by-id link, so the real device is
 * looked for (Packer assumed the names were equal). The claimed name is this build's alone, so
 * finding the disk by it needs no lock. Only on a host without by-id names, where the disk may
 * have to be told by its size among new disks, is the lock kept until it is found.
 * Whatever finds it, the disk must prove it is the new volume (by-id link or newly appeared, of
 * the volume's size, unmounted, not the root disk) before anything writes to it.
 */
const stepLinkVolume = buildStep({
    name: 'StepLinkVolume',
    title: 'Linking the volume to this VM',
    async run(context, { journal, need }) {
        const { client, config, signal, vmId } = context;
        const volume = need('volume');
        const sizeGiB = volume.Size ?? 0;
        // Where disks have no by-id names, ours may only be told by its size among new disks: no
        // other build links until it is found. Elsewhere the lock ends once the name is claimed.
        const keepLock = !config.nvmeDevicePath && !hostHasByIdNames(hostDeviceLayout.byIdDir);
        let usedByVm = context.namesInUse ?? (await namesUsedByVm(context));
        const refused = [];
        let deviceName = await chooseAndClaim(context, journal, usedByVm, sizeGiB);
        let disksBeforeLink = snapshotDisks();
        // Journaled before the call: a kill during LinkVolume must not leave a link no one undoes.
        const link = { kind: 'link', volumeId: volume.VolumeId, vmId, device: deviceName };
        const recorded = journal.record(link);
        for (let choice = 1;; choice++) {
            context.deviceName = deviceName;
            if (!keepLock)
                await undo(context.journal, context, ['lock']);
            try {
                await client.linkVolume({ VolumeId: volume.VolumeId, VmId: vmId, DeviceName: deviceName }, signal);
                break;
            }
            catch (error) {
                if (!isDeviceNameRefused(error) || config.devicePath || choice >= MAX_DEVICE_CHOICES) {
                    throw error;
                }
                // Something that is not an osc-chroot build of this host linked it since the read.
                refused.push(deviceName);
                log.warning(`LinkVolume refused ${deviceName} as in use (${error.message}); reading the ` +
                    `names in use again and choosing another (choice ${choice + 1} of at most ${MAX_DEVICE_CHOICES}).`);
                usedByVm = [...(await namesUsedByVm(context)), ...refused];
                deviceName = await chooseAndClaim(context, journal, usedByVm, sizeGiB);
                disksBeforeLink = snapshotDisks();
                recorded.update({ device: deviceName });
            }
        }
        log.info(`Linking ${volume.VolumeId} as ${deviceName}...`);
        // The disk may show before the API says attached: both are awaited at once (the device
        // timeout still counts from the attach), and a failed link stops the wait for its disk.
        const linking = new AbortController();
        const stopWaiting = () => linking.abort(signal.reason);
        signal.addEventListener('abort', stopWaiting, { once: true });
        let found;
        try {
            const attached = waitForVolumeLinked(client, volume.VolumeId, vmId, {
                ...waitOptions(context, 'link'),
                signal: linking.signal
            }).catch((error) => {
                linking.abort(error);
                throw error;
            });
            const disk = waitForBlockDevice({
                runner: context.host,
                requestedName: deviceName,
                nvmeDevicePath: config.nvmeDevicePath || undefined,
                volumeSizeGiB: sizeGiB,
                disksBeforeLink,
                timeoutSeconds: config.timeouts.device,
                timeoutStarts: attached,
                exclusively: exclusively(context),
                otherLinks: () => otherLinks(volume.VolumeId),
                signal: linking.signal
            })
                .then(async (proven) => {
                // Noted the moment it is proven (other builds' new-disk looks must not take it), and
                // the lock kept for that look goes then, not when the API's attach is read.
                recordLink({
                    volumeId: volume.VolumeId,
                    pid: process.pid,
                    sizeGiB,
                    deviceName,
                    majorMinor: proven.majorMinor
                });
                if (keepLock)
                    await undo(context.journal, context, ['lock']);
                return proven;
            })
                .catch((error) => {
                linking.abort(error);
                throw error;
            });
            [, found] = await Promise.all([attached, disk]);
        }
        finally {
            signal.removeEventListener('abort', stopWaiting);
        }
        // waitForBlockDevice proved it is the new volume (device-proof.ts); what proves it later
        // (the still-mounted check before unlinking) is its major:minor, not its name.
        context.blockDevice = found.device;
        recorded.update({
            blockDevice: found.device,
            majorMinor: found.majorMinor,
            byIdPath: found.byIdPath
        });
        log.info(`${deviceName} is ${found.device} (found by ${found.foundBy}).`);
    }
});

;// CONCATENATED MODULE: ./src/host/private-dev.ts
/**
 * A private /dev for the chroot: what a package script needs, and nothing of the host's.
 *
 * Binding the host's /dev (Packer's default) hands the image's code every raw disk of the runner.
 * Instead /dev is a small tmpfs holding the standard nodes (the numbers of the kernel's
 * Documentation/admin-guide/devices.txt), the usual links, a devpts instance of its own (so the
 * image sees no terminal of the host) and a tmpfs /dev/shm, plus the build's own disk and its
 * partitions under their kernel names, so that `grub-install /dev/sdb` works on a from-scratch
 * build. It is built in the host's mount namespace under the mount path, so unmounting everything
 * below the mount path removes it with the rest.
 */


/**
 * The standard character devices. /dev/console is the null device: the host's console must not be
 * readable or writable from the image, and what a package script prints there is not needed.
 */
const standardNodes = [
    { name: 'null', kind: 'c', major: 1, minor: 3, mode: '0666', gid: 0 },
    { name: 'zero', kind: 'c', major: 1, minor: 5, mode: '0666', gid: 0 },
    { name: 'full', kind: 'c', major: 1, minor: 7, mode: '0666', gid: 0 },
    { name: 'random', kind: 'c', major: 1, minor: 8, mode: '0666', gid: 0 },
    { name: 'urandom', kind: 'c', major: 1, minor: 9, mode: '0666', gid: 0 },
    { name: 'tty', kind: 'c', major: 5, minor: 0, mode: '0666', gid: 5 },
    { name: 'console', kind: 'c', major: 1, minor: 3, mode: '0600', gid: 0 }
];
const standardLinks = [
    ['ptmx', 'pts/ptmx'],
    ['fd', '/proc/self/fd'],
    ['stdin', '/proc/self/fd/0'],
    ['stdout', '/proc/self/fd/1'],
    ['stderr', '/proc/self/fd/2']
];
/** major:minor of a block device by its kernel name, from sysfs. */
function private_dev_deviceNumbers(kernelName) {
    const [major, minor] = (0,external_node_fs_.readFileSync)(`/sys/class/block/${kernelName}/dev`, 'utf8')
        .trim()
        .split(':')
        .map(Number);
    return { major, minor };
}
/**
 * The build's disk and its partitions, by kernel name (`/dev/disk/by-id/...` links are resolved:
 * inside the image the disk is /dev/sdb, as grub and fstab tools name it).
 */
function diskNodes(disk) {
    let kernelName;
    let entries;
    try {
        kernelName = (0,external_node_path_.basename)((0,external_node_fs_.realpathSync)(disk));
        entries = (0,external_node_fs_.readdirSync)(`/sys/class/block/${kernelName}`);
    }
    catch (error) {
        throw new Error(`chroot_mounts: the private /dev should hold the build's disk ${disk}, but it is not a ` +
            `block device known to /sys/class/block (${error instanceof Error ? error.message : error}).`, { cause: error });
    }
    const partitions = entries.filter((entry) => {
        try {
            (0,external_node_fs_.readFileSync)(`/sys/class/block/${kernelName}/${entry}/partition`);
            return true;
        }
        catch {
            return false;
        }
    });
    return [kernelName, ...partitions.sort()].map((name) => ({
        name,
        kind: 'b',
        ...private_dev_deviceNumbers(name),
        mode: '0660',
        gid: 6
    }));
}
/**
 * Builds the private /dev on `hostTarget` (the image's /dev, already resolved inside the image).
 * Once the tmpfs is mounted every path below it is ours, so plain joins are safe.
 */
async function mountPrivateDev(runner, hostTarget, disk) {
    const quiet = { quiet: true };
    await runner.run([
        'mount',
        '-t',
        'tmpfs',
        '-o',
        'mode=0755,nosuid,noexec,size=1m,nr_inodes=4096',
        'osc-chroot-dev',
        hostTarget
    ]);
    const nodes = [...standardNodes, ...(disk ? diskNodes(disk) : [])];
    for (const node of nodes) {
        const path = (0,external_node_path_.join)(hostTarget, node.name);
        await runner.run(['mknod', '-m', node.mode, '--', path, node.kind, `${node.major}`, `${node.minor}`], quiet);
        if (node.gid !== 0)
            await runner.run(['chgrp', `${node.gid}`, '--', path], quiet);
    }
    for (const [name, target] of standardLinks) {
        await runner.run(['ln', '-s', '--', target, (0,external_node_path_.join)(hostTarget, name)], quiet);
    }
    await runner.run(['mkdir', '-m', '0755', '--', (0,external_node_path_.join)(hostTarget, 'pts')], quiet);
    await runner.run(['mkdir', '-m', '1777', '--', (0,external_node_path_.join)(hostTarget, 'shm')], quiet);
    // newinstance: the image's terminals are its own, and it cannot open the host's /dev/pts/N.
    await runner.run([
        'mount',
        '-t',
        'devpts',
        '-o',
        'newinstance,ptmxmode=0666,mode=0620,gid=5,nosuid,noexec',
        'devpts',
        (0,external_node_path_.join)(hostTarget, 'pts')
    ]);
    await runner.run([
        'mount',
        '-t',
        'tmpfs',
        '-o',
        'mode=1777,nosuid,nodev',
        'shm',
        (0,external_node_path_.join)(hostTarget, 'shm')
    ]);
    // Read-only, so that no device node can be added: the tmpfs cannot be nodev, since it holds nodes.
    await runner.run(['mount', '-o', 'remount,ro,bind', hostTarget], quiet);
}

;// CONCATENATED MODULE: ./src/host/chroot-mounts.ts
/**
 * chroot_mounts: the virtual file systems a chroot needs, mounted in order under the mount path.
 * The default (src/config/defaults.ts) is proc and sysfs, both read-only, and a private /dev
 * (`[private-dev, osc-chroot, /dev]`, see private-dev.ts).
 *
 * proc and sysfs are always mounted read-only, nosuid, nodev, noexec: through a writable
 * /proc/sys or /sys the image's code could change the host's kernel settings (both are the host's
 * own). Provisioning mounts a fresh proc of its own PID namespace over this /proc (sandbox.ts).
 * A host bind of /dev is still honoured when listed, with a warning; so is binfmt_misc (host-wide:
 * the image could register interpreters for the whole runner), skipped with a notice on a host
 * that lacks it.
 *
 * Targets are resolved inside the image (a target that is a symlink in the image is followed
 * there, never on the host) and created when missing. A bind mount is made a recursive slave at
 * once: on a host whose mounts are shared (systemd), a devpts mounted on the chroot's /dev/pts
 * would otherwise propagate onto the host's /dev/pts. Undo: unmountOwnTree, with the root mount.
 */





/** The fstype that asks for a private /dev in chroot_mounts. */
const PRIVATE_DEV = 'private-dev';
/** proc and sysfs are the host's kernel: readable, never writable, from the image. */
const READ_ONLY_TYPES = new Set(['proc', 'sysfs']);
const READ_ONLY_OPTIONS = 'ro,nosuid,nodev,noexec';
function hostSupportsBinfmtMisc() {
    let filesystems;
    try {
        filesystems = (0,external_node_fs_.readFileSync)('/proc/filesystems', 'utf8');
    }
    catch {
        return false;
    }
    return (0,external_node_fs_.existsSync)('/proc/sys/fs/binfmt_misc') && /\sbinfmt_misc$/m.test(filesystems);
}
/** A bind of the host's /dev (or of a disk in it) gives the image the runner's disks. */
function bindsHostDevices(mount) {
    if (mount.fstype !== 'bind')
        return false;
    const source = (0,external_node_path_.normalize)(mount.source);
    return source === '/dev' || source.startsWith('/dev/');
}
/**
 * Mounts the list. `disk` is the build's own block device: its node and its partitions' are
 * placed in a private /dev.
 */
async function mountChrootMounts(runner, mountPath, mounts, disk) {
    const records = [];
    for (const mount of mounts) {
        if (mount.fstype === 'binfmt_misc' && !hostSupportsBinfmtMisc()) {
            log.notice(`chroot_mounts: ${mount.target} skipped: this host has no binfmt_misc support.`);
            continue;
        }
        if (bindsHostDevices(mount)) {
            log.warning(`chroot_mounts: ${JSON.stringify([mount.fstype, mount.source, mount.target])} binds the ` +
                `host's ${mount.source} into the chroot: the image's code can then read and write every ` +
                `disk of this runner. The default, [${PRIVATE_DEV}, osc-chroot, /dev], gives it only ` +
                `the standard devices and the build's own disk.`);
        }
        const target = await resolveInImage(runner, mountPath, mount.target);
        if (target.info.type === 'missing') {
            await runner.run(['mkdir', '-p', '--', target.hostPath], { quiet: true });
        }
        if (mount.fstype === PRIVATE_DEV) {
            await mountPrivateDev(runner, target.hostPath, disk);
        }
        else if (mount.fstype === 'bind') {
            await runner.run(['mount', '--bind', mount.source, target.hostPath]);
            await runner.run(['mount', '--make-rslave', target.hostPath], { quiet: true });
        }
        else if (READ_ONLY_TYPES.has(mount.fstype)) {
            const options = ['-o', READ_ONLY_OPTIONS];
            await runner.run(['mount', '-t', mount.fstype, ...options, mount.source, target.hostPath]);
        }
        else {
            await runner.run(['mount', '-t', mount.fstype, mount.source, target.hostPath]);
        }
        records.push({ ...mount, hostTarget: target.hostPath });
    }
    return records;
}

;// CONCATENATED MODULE: ./src/pipeline/steps/chroot-mounts.ts



/**
 * The chroot's virtual file systems (chroot_mounts), made only after the host has placed every
 * file into the image: while the host writes, nothing of the host (its /dev, /proc, /sys) is
 * reachable through a path inside the image. Undone with the root mount (unmountOwnTree).
 */
const stepChrootMounts = buildStep({
    name: 'StepChrootMounts',
    title: 'Preparing the chroot',
    async run({ config, host, blockDevice }, { need }) {
        // The build's own disk (proven in stepLinkVolume) is the one disk a private /dev holds.
        const mounted = await mountChrootMounts(host, need('mountPath'), config.chrootMounts, blockDevice);
        log.info(`Chroot mounts: ${mounted.map((m) => m.target).join(', ') || 'none'}.`);
    }
});

;// CONCATENATED MODULE: ./src/pipeline/steps/copy-files.ts


/** copy_files: the host's files (resolv.conf) in for provisioning; the image's own come back after. */
const stepCopyFiles = buildStep({
    name: 'StepCopyFiles',
    title: 'Copying host files into the chroot',
    skip: ({ config }) => config.copyFiles.length === 0,
    async run({ config, host }, { journal, need }) {
        const copied = await copyFiles(host, need('mountPath'), config.copyFiles);
        journal.record({ kind: 'copied-files', undo: copied });
    }
});

;// CONCATENATED MODULE: ./src/host/grow-root.ts
/**
 * Growing the image's root partition and file system to a volume larger than the source
 * (root_volume_size), so that provisioning has the room the user asked for.
 *
 * The tools are the ones cloud images use at first boot: growpart (cloud-guest-utils) moves the
 * end of the partition to the end of the disk, then resize2fs (ext2/3/4) or xfs_growfs (XFS)
 * fills it. No partition arithmetic here: growpart computes the new table, and it only grows the
 * last partition (into the free space after it).
 *
 * When each part runs (checked with these tools on loop devices):
 * - the partition grows before the mount: growpart rewrites the table with sfdisk and tells the
 *   kernel the new size (BLKPG); `partx -u` follows, since a kernel that does not scan partition
 *   tables itself only learns the new size that way;
 * - ext2/3/4 grows before the mount, offline (`e2fsck -f -p`, then `resize2fs`): growing a
 *   mounted ext4 needs CAP_SYS_RESOURCE (ext4_resize_begin in
 *   https://github.com/torvalds/linux/blob/master/fs/ext4/resize.c), which root in a container
 *   often lacks, while the offline resize needs nothing but the device;
 * - XFS only grows mounted (xfs_growfs takes the mount point): right after the mount.
 * With mount_partition auto, the root partition is only known once mounted: then everything
 * grows after the mount, online.
 *
 * Nothing is grown on a disk that is not proven to be the volume this build linked.
 */








const grow_root_GIB = 1024 ** 3;
/** File system types resize2fs grows. */
const extTypes = ['ext2', 'ext3', 'ext4'];
/**
 * Refuses to touch a disk that is not the build's volume: it must be a whole disk of the
 * volume's size, not the disk holding `/`, and mounted nowhere but at the build's own mount
 * point. The link step proved more (device-proof.ts); these are the facts that must still hold.
 */
function proveOwnDisk({ disk, volumeSizeGiB, mountPath }) {
    const refuse = (why) => new Error(`Not growing ${disk}: ${why}. Nothing was changed on it.`);
    const majorMinor = blockDeviceNumber(disk);
    if (!majorMinor)
        throw refuse('it is not a block device');
    const name = (0,external_node_path_.basename)(disk);
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)('/sys/block', name)))
        throw refuse('it is not a whole disk');
    if (rootDiskNumbers().includes(majorMinor))
        throw refuse('it is the disk holding /');
    const bytes = Number((0,external_node_fs_.readFileSync)((0,external_node_path_.join)('/sys/block', name, 'size'), 'utf8').trim()) * 512;
    if (bytes !== volumeSizeGiB * grow_root_GIB) {
        throw refuse(`its size is ${(bytes / grow_root_GIB).toFixed(2)} GiB, the build's volume is ${volumeSizeGiB} GiB`);
    }
    const elsewhere = [disk, ...partitionsOf(disk)]
        .flatMap((device) => mountsOf(device))
        .filter((mount) => mount.mountPoint !== mountPath);
    if (elsewhere.length > 0) {
        throw refuse(`it is mounted at ${elsewhere.map((m) => m.mountPoint).join(', ')}`);
    }
}
/** Partition device paths the kernel shows for a whole disk (sysfs). */
function partitionsOf(disk) {
    const name = (0,external_node_path_.basename)(disk);
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)('/sys/block', name));
    }
    catch {
        return [];
    }
    return entries
        .filter((entry) => entry.startsWith(name))
        .filter((entry) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)('/sys/block', name, entry, 'partition')))
        .map((entry) => `/dev/${entry}`);
}
/** The partition number of a partition device (sysfs), or 0 for a whole disk. */
function partitionNumberOf(device) {
    const majorMinor = blockDeviceNumber(device);
    if (!majorMinor)
        return 0;
    try {
        return Number((0,external_node_fs_.readFileSync)((0,external_node_path_.join)('/sys/dev/block', majorMinor, 'partition'), 'utf8').trim());
    }
    catch {
        return 0;
    }
}
/** The disk's partition table as partx reads it from the disk itself. */
async function readTable(runner, disk) {
    const result = await runner.run(['partx', '-g', '-o', 'NR,START,SECTORS', disk], {
        quiet: true,
        allowedExitCodes: [0, 1]
    });
    return result.stdout
        .split('\n')
        .map((line) => line.trim().split(/\s+/).map(Number))
        .filter((fields) => fields.length === 3 && fields.every(Number.isInteger))
        .map(([number, start, sectors]) => ({ number, start, sectors }));
}
/**
 * Grows partition `number` of the disk to the end of the disk when it is the last one, and
 * makes the kernel see its new size. A partition followed by another cannot grow without moving
 * that one: it is left as it is, with a warning.
 */
async function growPartition(runner, disk, number) {
    const table = await readTable(runner, disk);
    const own = table.find((entry) => entry.number === number);
    if (!own)
        throw new Error(`${disk} has no partition ${number} in its partition table.`);
    const after = table.filter((entry) => entry.start > own.start);
    if (after.length > 0) {
        log.warning(`grow_root_filesystem: partition ${number} of ${disk} (the root file system) is not the last ` +
            `one (partition ${after.map((entry) => entry.number).join(', ')} follows it), so it cannot ` +
            'grow into the new space and the root file system keeps its size. The space is left ' +
            'unallocated at the end of the disk; move the data partitions in the source image, or ' +
            'set grow_root_filesystem: false to silence this.');
        return 'not last';
    }
    // Exit 1 is growpart's NOCHANGE: the partition already reaches the end of the disk.
    const grown = await runner
        .run(['growpart', disk, String(number)], { allowedExitCodes: [0, 1] })
        .catch((error) => {
        throw withInstallAdvice(error);
    });
    if (grown.exitCode === 1)
        return 'already full';
    const device = partitionPath(disk, number);
    const wanted = (await readTable(runner, disk)).find((entry) => entry.number === number);
    // growpart already told the kernel; partx -u again when it did not take (no BLKPG support).
    if (kernelSectors(device) !== wanted?.sectors) {
        await runner.run(['partx', '-u', '--nr', String(number), disk], { quiet: true });
    }
    if (kernelSectors(device) !== wanted?.sectors) {
        throw new Error(`growpart grew partition ${number} of ${disk} to ${wanted?.sectors} sectors, but the kernel ` +
            `still shows ${kernelSectors(device)}: the file system cannot grow until it sees the new size.`);
    }
    return 'grown';
}
/** A growpart that is not installed: say which package has it. */
function withInstallAdvice(error) {
    const missing = error instanceof CommandError &&
        (error.exitCode === 127 || /ENOENT|not found/i.test(`${error.message} ${error.stderr}`));
    if (!missing)
        return error;
    return new Error('grow_root_filesystem: growpart is not installed on this runner. Install it (Debian and ' +
        'Ubuntu: apt-get install cloud-guest-utils; RHEL: dnf install cloud-utils-growpart), or ' +
        'set grow_root_filesystem: false to keep the source size.');
}
/** The size the kernel has for a partition, in 512-byte sectors (sysfs). */
function kernelSectors(device) {
    const majorMinor = blockDeviceNumber(device);
    if (!majorMinor)
        return undefined;
    try {
        return Number((0,external_node_fs_.readFileSync)((0,external_node_path_.join)('/sys/dev/block', majorMinor, 'size'), 'utf8').trim());
    }
    catch {
        return undefined;
    }
}
/**
 * Grows the file system on `device` to fill it. Unmounted (no mountPath): ext2/3/4 is checked
 * and grown offline; XFS can only grow mounted, so it is left 'after mount'. Mounted: XFS and
 * ext2/3/4 grow online. Any other type is not grown, with a warning naming it.
 */
async function growFileSystem(runner, device, fsType, mountPath) {
    if (fsType === 'xfs') {
        if (mountPath === undefined)
            return 'after mount';
        await runner.run(['xfs_growfs', '-d', mountPath]);
        return 'grown';
    }
    if (fsType !== undefined && extTypes.includes(fsType)) {
        if (mountPath === undefined) {
            // resize2fs refuses a file system not checked since it was last mounted; -p fixes only
            // what is safe to fix unattended. Exit 1: errors corrected; 2: corrected, reboot advised.
            await runner.run(['e2fsck', '-f', '-p', device], { allowedExitCodes: [0, 1, 2] });
        }
        const resized = await runner.run(['resize2fs', device], { allowedExitCodes: [0, 1] });
        if (resized.exitCode !== 0) {
            const online = mountPath === undefined
                ? ''
                : ' Growing a mounted ext4 needs CAP_SYS_RESOURCE, which this runner lacks (a ' +
                    'container?): set mount_partition to the root partition number (e.g. 1) so that it ' +
                    'grows before the mount, offline.';
            throw new Error(`resize2fs could not grow ${device}: ${resized.stderr.trim().split('\n').at(-1)}.${online}`);
        }
        return 'grown';
    }
    log.warning(`grow_root_filesystem: the root file system on ${device} is ${fsType ?? 'of an unknown type'}; ` +
        'only ext2, ext3, ext4 and xfs are grown. It keeps its size: grow it in post_mount_commands ' +
        '(e.g. btrfs filesystem resize max {{.MountPath}}), or set grow_root_filesystem: false.');
    return 'unsupported';
}
/** The root of a numbered mount_partition on the disk (0 = the whole disk). */
async function rootLocation(runner, disk, partition) {
    const device = partition === 0 ? disk : partitionPath(disk, partition);
    return { device, partition, fsType: await detectFsType(runner, device) };
}
/**
 * Grows the root partition (when there is one and it is last) and then its file system; returns
 * what happened to the file system ('after mount' for XFS found unmounted). A partition that
 * cannot grow leaves the file system as it is.
 */
async function growRoot(runner, own, root) {
    proveOwnDisk(own);
    if (root.partition > 0) {
        const partition = await growPartition(runner, own.disk, root.partition);
        if (partition === 'not last')
            return 'not grown';
    }
    return growFileSystem(runner, root.device, root.fsType, own.mountPath);
}

;// CONCATENATED MODULE: ./src/pipeline/steps/grow-root-filesystem.ts





/**
 * What is left for after the mount: an XFS root (it only grows mounted), or everything when
 * mount_partition is auto (the root partition is known once mounted). Kept here, not in the
 * context: no other step needs it.
 */
const leftForMounted = new WeakMap();
/** The size of the source's root volume in GiB (0 when the source does not say). */
function sourceRootSize(context) {
    const base = context.baseImage ?? context.sourceImage;
    const root = base?.BlockDeviceMappings?.find((m) => m.DeviceName === base.RootDeviceName);
    return root?.Bsu?.VolumeSize ?? 0;
}
/**
 * True when the new volume is larger than the source's root: root_volume_size asked for room
 * that the source's file system does not have yet.
 */
function wantsGrowth(context) {
    const { config, volume } = context;
    if (!config.growRootFilesystem || config.fromScratch)
        return false;
    return (volume?.Size ?? 0) > sourceRootSize(context);
}
function ownDisk(context, mountPath) {
    return { disk: context.blockDevice, volumeSizeGiB: context.volume.Size, mountPath };
}
function sizes(context) {
    return `${sourceRootSize(context) || '?'} GiB → ${context.volume.Size} GiB`;
}
/**
 * Before the mount: grows the root partition (when it is the last one) and an ext2/3/4 root file
 * system, offline. An XFS root grows after the mount (stepGrowMountedFilesystem), and so does
 * everything when mount_partition is auto. See src/host/grow-root.ts for why this order.
 */
const stepGrowRootFilesystem = {
    name: 'StepGrowRootFilesystem',
    title: 'Growing the root partition and file system',
    skip: (context) => !wantsGrowth(context),
    async run(context) {
        const { config, host } = context;
        if (config.mountPartition === 'auto') {
            leftForMounted.set(context, 'partition and file system');
            log.info('mount_partition auto: the root partition is grown once it is found and mounted.');
            return;
        }
        const root = await rootLocation(host, context.blockDevice, Number(config.mountPartition));
        if (!(0,external_node_fs_.existsSync)(root.device)) {
            // No such partition: the mount step names the ones there are.
            log.debug(`${root.device} does not exist: nothing to grow before the mount.`);
            return;
        }
        log.info(`Growing ${root.device} (${root.fsType ?? 'no file system found'}): ${sizes(context)}`);
        const outcome = await growRoot(host, ownDisk(context), root);
        if (outcome === 'after mount')
            leftForMounted.set(context, 'file system');
        if (outcome === 'grown')
            log.info(`${root.device} now fills the ${context.volume.Size} GiB volume.`);
    }
};
/** After the mount, before anything else uses it: what could only grow mounted. */
const stepGrowMountedFilesystem = {
    name: 'StepGrowMountedFilesystem',
    title: 'Growing the mounted root file system',
    skip: (context) => !leftForMounted.has(context),
    async run(context) {
        const { host } = context;
        const mountPath = context.mountPath;
        const what = leftForMounted.get(context);
        leftForMounted.delete(context);
        // The build's own mount: at its mount path, of its own disk or one of its partitions.
        const family = diskFamily(blockDeviceNumber(context.blockDevice) ?? '');
        const mount = mountsAt(mountPath).find((entry) => family.includes(entry.majorMinor));
        if (!mount)
            throw new Error(`${context.blockDevice} is not mounted at ${mountPath}: not growing it.`);
        const device = mount.source;
        if (blockDeviceNumber(device) !== mount.majorMinor) {
            throw new Error(`${device} is not the device mounted at ${mountPath}: not growing it.`);
        }
        const own = ownDisk(context, mountPath);
        let outcome;
        if (what === 'file system') {
            proveOwnDisk(own);
            outcome = await growFileSystem(host, device, await detectFsType(host, device), mountPath);
        }
        else {
            const root = { device, partition: partitionNumberOf(device), fsType: mount.fsType };
            log.info(`Growing ${device} (${mount.fsType}) mounted at ${mountPath}: ${sizes(context)}`);
            outcome = await growRoot(host, own, root);
        }
        if (outcome === 'grown')
            log.info(`The root file system at ${mountPath} now fills the volume.`);
    }
};

;// CONCATENATED MODULE: ./src/host/host-commands.ts
/**
 * User shell commands run on the host through command_wrapper: pre_mount_commands,
 * post_mount_commands and provision_host_commands. Each is a template ({{.Device}},
 * {{.MountPath}}) rendered just before it runs, and run with /bin/sh -c as Packer users expect
 * (pipes, &&, redirections). A failure names the option, the index and the exit code.
 *
 * They get the allowlisted environment (host-env.ts), never the action's secrets, and their output
 * cannot issue workflow commands (exec.ts). provision_host_commands, which reach into the chroot
 * (`ansible-playbook -c chroot`), run in new PID and mount namespaces where the image's /proc is a
 * fresh proc (sandbox.ts): what they start in the chroot sees no host process and ends with them.
 */




async function runHostCommands(runner, field, commands, vars, signal, 
/** The image's mount path, for commands that reach into the chroot. */
chrootRoot) {
    for (const [index, template] of commands.entries()) {
        const name = `${field}[${index}]`;
        const command = render(template, vars, name);
        log.info(`${name}: ${command}`);
        try {
            if (chrootRoot)
                await runHostCommandBesideChroot(runner, chrootRoot, command, { signal });
            else
                await runner.shell(command, { signal });
        }
        catch (error) {
            if (!(error instanceof CommandError))
                throw error;
            const tail = error.stderrTail ? `\n${error.stderrTail}` : '';
            throw new Error(`${name} failed with exit code ${error.exitCode}: ${command}${tail}`, {
                cause: error
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/pipeline/steps/mount.ts



/**
 * {{.Device}} of pre/post-mount commands: nvme_device_path as the user wrote it (Packer's
 * contract: `{{.Device}}1` on /dev/nvme1n1p), else the linked block device. Either way it was
 * proven to be the new volume before these commands run (stepLinkVolume).
 */
function mountDisk({ config }, { need }) {
    return config.nvmeDevicePath || need('blockDevice');
}
/** pre_mount_commands, with {{.Device}} = the real block device (where from_scratch partitions). */
const stepPreMountCommands = buildStep({
    name: 'StepPreMountCommands',
    title: 'Running pre-mount commands',
    skip: ({ config }) => config.preMountCommands.length === 0,
    async run(context, tools) {
        await runHostCommands(context.host, 'pre_mount_commands', context.config.preMountCommands, { Device: mountDisk(context, tools) }, context.signal);
    }
});
/**
 * Mounts the root file system on the proven disk (stepLinkVolume). The mount is journaled once
 * its directory is ready and before anything is mounted (a kill right after the mount must still
 * find it), with the disk's major:minor; the mounted device and the mount id are added once known.
 * The undo unmounts only what those facts prove to be this build's mount.
 */
const stepMount = buildStep({
    name: 'StepMount',
    title: 'Mounting the root file system',
    async run(context, { journal, need }) {
        const { config } = context;
        let recorded;
        let diskMajorMinor;
        const mounted = await mountRoot({
            runner: context.host,
            disk: need('blockDevice'),
            mountPath: config.mountPath,
            mountPartition: config.mountPartition,
            mountOptions: config.mountOptions,
            onMountPathReady: (ready) => {
                diskMajorMinor = ready.diskMajorMinor;
                recorded = journal.record({
                    kind: 'mount',
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
        // mountRoot announces the directory before mounting; journaled now should it ever not have.
        if (recorded)
            recorded.update(facts);
        else
            journal.record({ kind: 'mount', ...facts });
        context.mountPath = mounted.mountPath;
    }
});
/**
 * post_mount_commands ({{.Device}}, {{.MountPath}}). The chroot's own mounts come later
 * (chroot-mounts.ts), once the host has placed its files into the image.
 */
const stepPostMountCommands = buildStep({
    name: 'StepPostMountCommands',
    title: 'Running post-mount commands',
    skip: ({ config }) => config.postMountCommands.length === 0,
    async run(context, tools) {
        const { config, host, signal } = context;
        await runHostCommands(host, 'post_mount_commands', config.postMountCommands, { Device: mountDisk(context, tools), MountPath: tools.need('mountPath') }, signal);
    }
});

;// CONCATENATED MODULE: ./src/pipeline/steps/permissions.ts





/**
 * Launch permissions (omi_account_ids, global_permission) and snapshot permissions
 * (snapshot_account_ids, snapshot_groups: all), which Packer ignores: it gives the snapshots
 * omi_account_ids instead (https://github.com/outscale/packer-plugin-outscale/blob/13e6a5c84b0e37bf587adba343c9935ebb52dee7/builder/common/step_update_omi.go).
 */
const stepPermissions = buildStep({
    name: 'StepPermissions',
    title: 'Setting permissions',
    skip: ({ config }) => config.omiAccountIds.length === 0 &&
        !config.globalPermission &&
        config.snapshotAccountIds.length === 0 &&
        config.snapshotGroups.length === 0,
    async run(context, { need }) {
        const image = need('image');
        const snapshot = need('snapshot');
        try {
            await setPermissions(context, image, snapshot);
        }
        catch (error) {
            if (context.signal.aborted)
                throw error;
            throw keptProductError(error, image.ImageId, snapshot.SnapshotId, 'set its permissions by hand');
        }
    }
});
/** Each call is tried again within the omi deadline: a just-registered OMI may not be listed yet. */
async function setPermissions(context, image, snapshot) {
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
        }, signal), persistOptions(context, 'omi', `sharing OMI ${image.ImageId}`));
        log.info(`OMI ${image.ImageId} launchable by ${config.globalPermission ? 'everyone' : config.omiAccountIds.join(', ')}.`);
    }
    const everyone = config.snapshotGroups.includes('all');
    if (config.snapshotAccountIds.length > 0 || everyone) {
        await persist(() => client.updateSnapshot({
            SnapshotId: snapshot.SnapshotId,
            PermissionsToCreateVolume: {
                Additions: { AccountIds: config.snapshotAccountIds, GlobalPermission: everyone }
            }
        }, signal), persistOptions(context, 'omi', `sharing snapshot ${snapshot.SnapshotId}`));
        log.info(`Snapshot ${snapshot.SnapshotId} usable by ${everyone ? 'everyone' : config.snapshotAccountIds.join(', ')}.`);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/steps/prevalidate-name.ts



/**
 * Our account id, and the OMI name free in it. Only our own images count: someone else's public
 * image with the same name is not a conflict (Packer looks the name up in every image the account
 * can see: https://github.com/outscale/packer-plugin-outscale/blob/08cb69433a89242fcb098bd917ae4ddaebd871a4/builder/common/step_pre_validate.go).
 */
const stepPrevalidateName = buildStep({
    name: 'StepPrevalidateName',
    title: 'Checking the OMI name',
    async run(context) {
        const { client, config, signal } = context;
        const accountId = await readAccountId(context);
        context.accountId = accountId;
        if (config.forceDeregister) {
            log.info(`force_deregister is set: an existing OMI named "${config.omiName}" will be replaced.`);
            return;
        }
        const taken = await client.readImages({ ImageNames: [config.omiName], AccountIds: [accountId] }, signal);
        const same = taken.find((image) => image.ImageName === config.omiName);
        if (same) {
            throw new Error(`omi_name "${config.omiName}" is already used by ${same.ImageId} in this account. ` +
                'Choose another name (e.g. add {{timestamp}}) or set force_deregister: true to replace it.');
        }
        log.info(`OMI name "${config.omiName}" is free.`);
    }
});

;// CONCATENATED MODULE: ./src/pipeline/steps/prevent-service-start.ts


/**
 * prevent_service_start: a policy-rc.d that forbids starting services, for the duration of the
 * provisioning; the image's own entry comes back at unmount (journal kind policy-rcd).
 */
const stepPreventServiceStart = buildStep({
    name: 'StepPreventServiceStart',
    title: 'Keeping services from starting in the chroot',
    skip: ({ config }) => !config.preventServiceStart,
    async run({ host }, { journal, need }) {
        const installed = await installPolicyRcd(host, need('mountPath'));
        journal.record({ kind: 'policy-rcd', undo: installed });
    }
});

;// CONCATENATED MODULE: ./src/host/image-upload.ts
/**
 * Host files and directories copied into the image, where they stay (provision_files uploads and
 * Packer's file provisioner), with Packer's rules for names
 * (https://developer.hashicorp.com/packer/docs/provisioners/file#directory-uploads):
 * a file goes to the destination, or under its own name into it when the destination is a
 * directory or ends with '/'; a directory named with a trailing '/' has its contents copied into
 * the destination, without one the directory itself is (destination/<name>). Missing directories
 * on the way are created (Packer leaves that undefined).
 *
 * Every path is resolved inside the image and kept on its own file system (image-path.ts), each
 * entry is looked at again just before it is written, files are placed by rename (image-file.ts),
 * and only directories and regular files are ever made: a host symlink is followed (its content
 * copied) when it stays inside the tree being copied and refused otherwise, a host device, fifo or
 * socket is refused. Modes are the host's permission bits
 * (setuid, setgid and sticky bits are not carried); everything new belongs to root.
 */





const writing = { stayOnImageFileSystem: true };
function modeOf(stats) {
    return `0${(stats.mode & 0o777).toString(8)}`;
}
/** Refuses a host link inside a copied tree that leads out of it (or nowhere). */
function assertWithin(hostPath, treeRoot, field) {
    let target;
    try {
        target = (0,external_node_fs_.realpathSync)(hostPath);
    }
    catch {
        throw new Error(`${field}: ${hostPath} is a dangling link; only files and directories are copied.`);
    }
    if (target !== treeRoot && !target.startsWith(`${treeRoot}/`)) {
        throw new Error(`${field}: ${hostPath} is a link to ${target}, outside the directory being copied ` +
            `(${treeRoot}); copy that file by its own path if it is meant to go into the image.`);
    }
}
/** Wraps an escape from the image in a message naming the entry and its destination. */
async function refusedAs(field, destination, work) {
    try {
        return await work();
    }
    catch (error) {
        if (!(error instanceof ImageEscapeError))
            throw error;
        throw new Error(`${field}: destination ${JSON.stringify(destination)} refused: ${error.message}`, {
            cause: error
        });
    }
}
/** Makes sure pathInImage is a directory of the image, creating what is missing (mode for the last). */
async function ensureDirectory(runner, mountPath, pathInImage, mode, field) {
    const target = await resolveInImage(runner, mountPath, pathInImage, writing);
    if (target.info.type === 'directory')
        return target.pathInImage;
    if (target.info.type !== 'missing') {
        throw new Error(`${field}: ${target.pathInImage} is ${describePathType(target.info)} in the image, not a directory.`);
    }
    const parent = external_node_path_.posix.dirname(target.pathInImage);
    if (parent !== target.pathInImage)
        await ensureDirectory(runner, mountPath, parent, '0755', field);
    // The parent was just resolved and checked, and nothing is there: mkdir makes it, never follows.
    await runner.run(['mkdir', '-m', mode, '--', target.hostPath], { quiet: true });
    return target.pathInImage;
}
/** Copies one host file to pathInImage (an entry, not a directory to put it in). */
async function placeFile(runner, mountPath, hostFile, pathInImage, field) {
    const target = await resolveInImage(runner, mountPath, pathInImage, writing);
    if (target.info.type !== 'file' && target.info.type !== 'missing') {
        throw new Error(`${field}: ${target.pathInImage} is ${describePathType(target.info)} in the image; ` +
            'only a regular file (or nothing) is replaced.');
    }
    await ensureDirectory(runner, mountPath, external_node_path_.posix.dirname(target.pathInImage), '0755', field);
    const attributes = target.info.type === 'file' ? keptAttributes(target.info) : { mode: modeOf((0,external_node_fs_.statSync)(hostFile)) };
    await copyIntoImage(runner, { hostFile }, target.hostPath, attributes);
    return target.pathInImage;
}
/**
 * Text (the file provisioner's `content`) or a host file (a script) written at destination, a
 * file path; mode: the new file's (an existing file keeps its own unless mode is given).
 */
async function placeInImage(runner, mountPath, source, destination, field, mode) {
    return refusedAs(field, destination, async () => {
        const target = await resolveInImage(runner, mountPath, destination, writing);
        if (target.info.type !== 'file' && target.info.type !== 'missing') {
            throw new Error(`${field}: ${target.pathInImage} is ${describePathType(target.info)} in the image; ` +
                'only a regular file (or nothing) is replaced.');
        }
        await ensureDirectory(runner, mountPath, external_node_path_.posix.dirname(target.pathInImage), '0755', field);
        const kept = keptAttributes(target.info);
        await copyIntoImage(runner, source, target.hostPath, mode ? { ...kept, mode } : kept);
        return target.pathInImage;
    });
}
/**
 * The directories and files of a host tree, parents first. A host link is followed, but only
 * within the tree: a link in a checked-out repository to /etc/shadow must not carry a runner's
 * file into the image. Anything but files and directories is refused.
 */
function hostTree(root, field) {
    const treeRoot = (0,external_node_fs_.realpathSync)(root);
    const entries = [];
    const visit = (hostDir, relative, ancestors) => {
        const real = (0,external_node_fs_.realpathSync)(hostDir);
        if (ancestors.includes(real)) {
            throw new Error(`${field}: ${hostDir} links back to a directory above it (a loop).`);
        }
        entries.push({
            hostPath: hostDir,
            relative,
            isDirectory: true,
            mode: modeOf((0,external_node_fs_.statSync)(hostDir))
        });
        for (const name of (0,external_node_fs_.readdirSync)(hostDir).sort()) {
            const hostPath = (0,external_node_path_.join)(hostDir, name);
            if ((0,external_node_fs_.lstatSync)(hostPath).isSymbolicLink())
                assertWithin(hostPath, treeRoot, field);
            const stats = (0,external_node_fs_.statSync)(hostPath);
            const below = relative === '' ? name : `${relative}/${name}`;
            if (stats.isDirectory())
                visit(hostPath, below, [...ancestors, real]);
            else if (stats.isFile()) {
                entries.push({ hostPath, relative: below, isDirectory: false, mode: modeOf(stats) });
            }
            else {
                throw new Error(`${field}: ${hostPath} is not a file or a directory; only files and directories are copied.`);
            }
        }
    };
    visit(root, '', []);
    return entries;
}
/**
 * Copies a host file or directory into the image (see the header). Returns the paths written in
 * the image, files and directories.
 */
async function uploadIntoImage(runner, mountPath, source, destination, field) {
    const stats = (0,external_node_fs_.statSync)(source, { throwIfNoEntry: false });
    if (!stats)
        throw new Error(`${field}: source ${source} does not exist.`);
    return refusedAs(field, destination, async () => {
        if (stats.isFile()) {
            const target = await resolveInImage(runner, mountPath, destination, writing);
            const into = target.info.type === 'directory' || destination.endsWith('/');
            const pathInImage = into ? (0,external_node_path_.join)(target.pathInImage, (0,external_node_path_.basename)(source)) : target.pathInImage;
            const written = await placeFile(runner, mountPath, source, pathInImage, field);
            log.info(`${field}: ${source} -> ${written}`);
            return [written];
        }
        if (!stats.isDirectory()) {
            throw new Error(`${field}: source ${source} is not a file or a directory.`);
        }
        const top = source.endsWith('/') ? destination : external_node_path_.posix.join(destination, (0,external_node_path_.basename)(source));
        // Everything on the host side is checked before the first write into the image.
        const entries = hostTree(source.replace(/\/+$/, '') || '/', field);
        const written = [];
        for (const entry of entries) {
            const inImage = entry.relative === '' ? top : external_node_path_.posix.join(top, entry.relative);
            if (entry.isDirectory) {
                written.push(await ensureDirectory(runner, mountPath, inImage, entry.mode, field));
            }
            else {
                written.push(await placeFile(runner, mountPath, entry.hostPath, inImage, field));
            }
        }
        log.info(`${field}: ${source} -> ${written[0]} (${written.length} entries)`);
        return written;
    });
}

;// CONCATENATED MODULE: ./src/host/provision-files.ts
/**
 * provision_files: host files copied into the image, where they stay (unlike copy_files).
 *
 * The destination is resolved inside the image (image-path.ts): its symlinks are followed as the
 * chroot would see them, and a destination that leads outside the image (`../../etc/x`, or a
 * symlink in the image climbing above its root) is refused before anything is copied. A
 * destination that is a directory (or ends with '/') receives the file under its own name.
 * Every directory on the way must be on the image's own file system (not a mount inside it), and
 * the final destination a regular file or nothing: a device node, fifo, socket or directory the
 * image put there is refused. The file is written by rename (image-file.ts), never through the
 * existing file, whose mode and owner the new one keeps.
 * A directory is copied entry by entry under the same rules (image-upload.ts), never by `cp -r`,
 * which would follow the image's symlinks on the host. Downloads (direction: download) are not
 * done here but after provisioning (image-download.ts).
 */






function provision_files_checkSource(field, source) {
    const path = (0,external_node_path_.resolve)(source);
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(path);
    }
    catch {
        throw new Error(`${field}: source ${path} does not exist (relative paths are relative to ${process.cwd()}).`);
    }
    if (!stats.isFile() && !stats.isDirectory()) {
        throw new Error(`${field}: source ${path} is not a file or a directory.`);
    }
    // resolve() drops a trailing /, which says "the directory's contents" (Packer's rule).
    return { path: source.endsWith('/') ? `${path}/` : path, isDirectory: stats.isDirectory() };
}
/** Copies every file into the image; all destinations are checked before the first copy. */
async function copyProvisionFiles(runner, mountPath, files) {
    const planned = [];
    const writing = { stayOnImageFileSystem: true };
    const directories = [];
    for (const [index, file] of files.entries()) {
        if (file.direction === 'download')
            continue;
        const field = `provision_files[${index}]`;
        const { path: source, isDirectory } = provision_files_checkSource(field, file.source);
        if (isDirectory) {
            directories.push({ field, source, destination: file.destination });
            continue;
        }
        try {
            let target = await resolveInImage(runner, mountPath, file.destination, writing);
            if (target.info.type === 'directory' || file.destination.endsWith('/')) {
                target = await resolveInImage(runner, mountPath, (0,external_node_path_.join)(target.pathInImage, (0,external_node_path_.basename)(source)), writing);
            }
            if (target.info.type !== 'file' && target.info.type !== 'missing') {
                throw new Error(`${field}: destination ${JSON.stringify(file.destination)} refused: ${target.pathInImage} ` +
                    `is ${describePathType(target.info)} in the image; provision_files writes regular files only.`);
            }
            const parent = await resolveInImage(runner, mountPath, (0,external_node_path_.dirname)(target.pathInImage), writing);
            if (parent.info.type !== 'directory' && parent.info.type !== 'missing') {
                throw new Error(`${field}: destination ${JSON.stringify(file.destination)} refused: ${parent.pathInImage} ` +
                    `is ${describePathType(parent.info)} in the image, not a directory.`);
            }
            planned.push({
                source,
                hostPath: target.hostPath,
                pathInImage: target.pathInImage,
                parentMissing: parent.info.type === 'missing',
                // A file replaced keeps its mode and owner, as writing into it did.
                attributes: keptAttributes(target.info)
            });
        }
        catch (error) {
            if (!(error instanceof ImageEscapeError))
                throw error;
            throw new Error(`${field}: destination ${JSON.stringify(file.destination)} refused: ${error.message}`, {
                cause: error
            });
        }
    }
    for (const file of planned) {
        if (file.parentMissing) {
            // Below the last existing directory (resolved and checked) nothing exists, so no link.
            await runner.run(['mkdir', '-p', '--', (0,external_node_path_.dirname)(file.hostPath)], { quiet: true });
        }
        await copyIntoImage(runner, { hostFile: file.source }, file.hostPath, file.attributes);
        log.info(`provision_files: ${file.source} -> ${file.pathInImage}`);
    }
    const copied = planned.map(({ source, pathInImage }) => ({ source, pathInImage }));
    for (const directory of directories) {
        const written = await uploadIntoImage(runner, mountPath, directory.source, directory.destination, directory.field);
        copied.push({ source: directory.source, pathInImage: written[0] });
    }
    return copied;
}

;// CONCATENATED MODULE: ./src/pipeline/steps/provision-files.ts


/** provision_files: host files that stay in the image (placed before the chroot mounts exist). */
const stepProvisionFiles = buildStep({
    name: 'StepProvisionFiles',
    title: 'Copying provision_files into the image',
    skip: ({ config }) => config.provisionFiles.length === 0,
    async run({ config, host }, { need }) {
        await copyProvisionFiles(host, need('mountPath'), config.provisionFiles);
    }
});

;// CONCATENATED MODULE: ./src/host/provision.ts
/**
 * Provisioning inside the chroot: the inline `provision` script, then each `provision_scripts`
 * file, in order.
 *
 * Scripts are copied into the image under /tmp/osc-chroot-<build id>/ and removed afterwards.
 * The inline script is run by provision_shell (default "/bin/sh -e"); a script file runs by its
 * own #! line when it has one, else by provision_shell. Each runs chrooted into the image in new
 * PID, mount, IPC and UTS namespaces with a /proc of its own (sandbox.ts), through
 * command_wrapper, with a clean environment (nothing of the runner's, such as its credentials,
 * leaks into the image):
 *   PATH, HOME=/root, DEBIAN_FRONTEND=noninteractive,
 *   OSC_CHROOT=1, OSC_CHROOT_BUILD_ID, OMI_NAME, SOURCE_OMI, SOURCE_OMI_NAME, BUILD_REGION,
 *   then provision_env (which may override any of them).
 * The environment reaches the chroot through a 0600 file read by the sandbox on the host side,
 * never through an argv (where `ps` or sudo's log would show provision_env's passwords).
 * Output is streamed to the log; a failure names the script and its exit code.
 */









const CHROOT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** The environment of every command run in the chroot (see the header). */
function provisionEnvironment(build, provisionEnv) {
    assertVariableNames(Object.keys(provisionEnv), 'provision_env');
    return {
        PATH: CHROOT_PATH,
        HOME: '/root',
        DEBIAN_FRONTEND: 'noninteractive',
        OSC_CHROOT: '1',
        OSC_CHROOT_BUILD_ID: build.buildId,
        OMI_NAME: build.omiName,
        SOURCE_OMI: build.sourceOmi,
        SOURCE_OMI_NAME: build.sourceOmiName,
        BUILD_REGION: build.region,
        ...provisionEnv
    };
}
/** The directory, inside the image, that holds this build's scripts while they run. */
function provisionWorkDir(buildId) {
    return `/tmp/osc-chroot-${buildId.replace(/[^A-Za-z0-9._-]/g, '-')}`;
}
/** Removes the scripts' directory from the image. Idempotent. */
async function removeProvisionWorkDir(runner, mountPath, buildId) {
    const workDir = await resolveInImage(runner, mountPath, provisionWorkDir(buildId), {
        followLastLink: false,
        stayOnImageFileSystem: true
    });
    // --one-file-system: whatever got mounted below it during provisioning is not ours to empty.
    if (workDir.info.type !== 'missing')
        await runner.run(['rm', '-rf', '--one-file-system', '--', workDir.hostPath], { quiet: true });
}
function parseShell(shell) {
    const words = (0,shell_quote.parse)(shell);
    if (words.length === 0 || words.some((word) => typeof word !== 'string')) {
        throw new Error(`provision_shell ${JSON.stringify(shell)}: give a program and its options, e.g. "/bin/sh -e".`);
    }
    return words;
}
function hasShebang(path) {
    return (0,external_node_fs_.readFileSync)(path).subarray(0, 2).toString() === '#!';
}
function scriptsToRun(options) {
    const scripts = [];
    if (options.inline.trim()) {
        scripts.push({
            label: 'provision',
            fileName: 'provision.sh',
            source: { content: options.inline },
            runByShell: true
        });
    }
    for (const [index, script] of options.scripts.entries()) {
        const label = `provision_scripts[${index}] (${script})`;
        const hostFile = (0,external_node_path_.resolve)(script);
        let runByShell;
        try {
            runByShell = !hasShebang(hostFile);
        }
        catch {
            throw new Error(`${label}: cannot read ${hostFile} (relative paths are relative to ${process.cwd()}).`);
        }
        const fileName = `script-${String(index + 1).padStart(2, '0')}-${(0,external_node_path_.basename)(script)}`;
        scripts.push({ label, fileName, source: { hostFile }, runByShell });
    }
    return scripts;
}
async function runProvisioning(options) {
    const { runner, mountPath } = options;
    const scripts = scriptsToRun(options);
    if (scripts.length === 0)
        return;
    const shell = parseShell(options.shell);
    const environment = provisionEnvironment(options.build, options.env);
    await assertSandboxAvailable(runner);
    const workDirInImage = provisionWorkDir(options.build.buildId);
    await removeProvisionWorkDir(runner, mountPath, options.build.buildId);
    // Written by the host into the image: resolved there, on the image's own file system, created
    // fresh (mkdir fails on anything already there), the scripts placed by rename (image-file.ts).
    const workDir = await resolveInImage(runner, mountPath, workDirInImage, {
        stayOnImageFileSystem: true
    });
    const parent = await resolveInImage(runner, mountPath, (0,external_node_path_.dirname)(workDir.pathInImage), {
        stayOnImageFileSystem: true
    });
    if (parent.info.type === 'missing') {
        await runner.run(['mkdir', '-p', '--', parent.hostPath], { quiet: true });
    }
    await runner.run(['mkdir', '-m', '0700', '--', workDir.hostPath], { quiet: true });
    try {
        for (const script of scripts) {
            await copyIntoImage(runner, script.source, (0,external_node_path_.join)(workDir.hostPath, script.fileName), {
                mode: '0700'
            });
        }
        for (const script of scripts) {
            const command = [...(script.runByShell ? shell : []), `${workDirInImage}/${script.fileName}`];
            log.info(`Running ${script.label} in the chroot`);
            try {
                await runInSandboxedChroot({
                    runner,
                    mountPath,
                    environment,
                    command,
                    options: { signal: options.signal }
                });
            }
            catch (error) {
                if (!(error instanceof CommandError) || options.signal?.aborted)
                    throw error;
                const tail = error.stderrTail ? `\n${error.stderrTail}` : '';
                throw new Error(`${script.label} failed with exit code ${error.exitCode} in the chroot.${tail}`, {
                    cause: error
                });
            }
        }
    }
    finally {
        await removeProvisionWorkDir(runner, mountPath, options.build.buildId);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/steps/provision.ts




/**
 * Provisioning, in this order: the inline `provision` script, provision_scripts, then
 * provision_host_commands on the host (e.g. Ansible's chroot connection). The files it needs
 * (copy_files, policy-rc.d, provision_files) were placed before the chroot mounts were made.
 */
const stepProvision = buildStep({
    name: 'StepProvision',
    title: 'Provisioning in the chroot',
    async run(context, { need }) {
        const { config, host, signal } = context;
        const mountPath = need('mountPath');
        await runProvisioning({
            runner: host,
            mountPath,
            build: {
                buildId: context.buildId,
                omiName: config.omiName,
                sourceOmi: context.sourceImage?.ImageId ?? '',
                sourceOmiName: context.sourceImage?.ImageName ?? '',
                region: context.region
            },
            inline: config.provision,
            shell: config.provisionShell,
            scripts: config.provisionScripts,
            env: config.provisionEnv,
            signal
        });
        await runHostCommands(host, 'provision_host_commands', config.provisionHostCommands, { Device: need('blockDevice'), MountPath: mountPath }, signal, mountPath);
    }
});
/**
 * Puts the image back as it was around provisioning (policy-rc.d, copied files), stops what
 * provisioning left running, and unmounts everything below the mount path, deepest first.
 */
const stepUnmount = buildStep({
    name: 'StepUnmount',
    title: 'Unmounting',
    async run(context) {
        await undo(context.journal, context, ['policy-rcd', 'copied-files', 'mount']);
    }
});

;// CONCATENATED MODULE: ./src/pipeline/steps/register-omi.ts




/** OAPI takes Iops for io1 only; a gp2 mapping read back from an image reports its baseline. */
function withoutStrayIops(bsu) {
    const { Iops, ...rest } = bsu;
    return bsu.VolumeType === 'io1' && Iops ? bsu : rest;
}
/** One omi_block_device_mappings entry as CreateImage takes it, as Packer builds them. */
function imageMapping(m) {
    if (m.virtualName)
        return { DeviceName: m.deviceName, VirtualDeviceName: m.virtualName };
    const bsu = {
        DeleteOnVmDeletion: m.deleteOnVmDeletion ?? false,
        ...(m.volumeType ? { VolumeType: m.volumeType } : {}),
        ...(m.volumeSize ? { VolumeSize: m.volumeSize } : {}),
        ...(m.volumeType === 'io1' && m.iops ? { Iops: m.iops } : {}),
        ...(m.snapshotId ? { SnapshotId: m.snapshotId } : {})
    };
    return { DeviceName: m.deviceName, Bsu: bsu };
}
/**
 * from_scratch: the user's omi_block_device_mappings, as Packer builds them
 * (https://github.com/outscale/packer-plugin-outscale/blob/1b604d128efe5e57e715fdf35556c59d2b62de76/builder/common/block_device.go).
 */
function scratchMappings(config) {
    return config.omiBlockDeviceMappings.map(imageMapping);
}
/**
 * What the root entry of omi_block_device_mappings changes on the source's root mapping: size,
 * type, IOPS and the deletion flag; the snapshot is set afterwards, and is always the build's.
 */
function changedRoot(mapping, m) {
    const typeChanged = m.volumeType !== undefined && m.volumeType !== mapping.Bsu?.VolumeType;
    const { Iops, ...bsu } = mapping.Bsu ?? {};
    return {
        DeviceName: mapping.DeviceName,
        Bsu: {
            ...bsu,
            // A source's io1 IOPS do not carry over to another type (OAPI refuses them there).
            ...(Iops !== undefined && !typeChanged ? { Iops } : {}),
            ...(m.volumeType ? { VolumeType: m.volumeType } : {}),
            ...(m.iops ? { Iops: m.iops } : {}),
            ...(m.volumeSize ? { VolumeSize: m.volumeSize } : {}),
            ...(m.deleteOnVmDeletion !== undefined ? { DeleteOnVmDeletion: m.deleteOnVmDeletion } : {})
        }
    };
}
/**
 * A build from a source: the source's mappings, with omi_block_device_mappings merged in by
 * device name, the way amazon-chroot lets ami_block_device_mappings shape the image: the root
 * entry changes the root mapping, another entry replaces the source's mapping of that name or
 * adds a data disk (empty, or from its snapshot), and no_device drops the source's mapping.
 */
function sourceMappings(config, base, rootDeviceName) {
    const changes = new Map(config.omiBlockDeviceMappings.map((m) => [m.deviceName, m]));
    const merged = base.flatMap((mapping) => {
        const change = mapping.DeviceName === undefined ? undefined : changes.get(mapping.DeviceName);
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
/**
 * The OMI's boot modes and vTPM requirement: the configuration's, else the source's (a UEFI source
 * registered without BootModes makes an OMI that boots the wrong way). From scratch without
 * configuration they are left out and the API's defaults apply (TpmMandatory: false).
 */
function bootSettings(config, source) {
    const bootModes = config.omiBootModes.length > 0 ? config.omiBootModes : source?.BootModes;
    const tpmMandatory = config.tpmMandatory ?? source?.TpmMandatory;
    return {
        ...(bootModes && bootModes.length > 0 ? { BootModes: bootModes } : {}),
        ...(tpmMandatory !== undefined ? { TpmMandatory: tpmMandatory } : {})
    };
}
const stepName = 'StepRegisterOmi';
function rootDeviceOf(image) {
    if (!image.RootDeviceName) {
        throw new Error(`OMI ${image.ImageId} has no root device name: it cannot be a chroot source.`);
    }
    return image.RootDeviceName;
}
/**
 * The CreateImage request: the mappings of the image the volume was made from (the source, or
 * its copy in this account when another account owns it: the registered OMI must not point at
 * another account's snapshots), or the scratch ones, with the new snapshot on the root device,
 * grown to root_volume_size when that is larger.
 */
function registerRequest(context) {
    const { config } = context;
    const source = context.sourceImage;
    const snapshot = need(context, 'snapshot', stepName);
    const base = config.fromScratch
        ? undefined
        : (context.baseImage ?? source ?? need(context, 'baseImage', stepName));
    const rootDeviceName = base ? rootDeviceOf(base) : config.rootDeviceName;
    const baseMappings = base
        ? sourceMappings(config, base.BlockDeviceMappings ?? [], rootDeviceName)
        : scratchMappings(config);
    const mappings = baseMappings.map((mapping) => {
        if (mapping.DeviceName !== rootDeviceName)
            return mapping.Bsu ? { ...mapping, Bsu: withoutStrayIops(mapping.Bsu) } : mapping;
        const size = Math.max(mapping.Bsu?.VolumeSize ?? 0, config.rootVolumeSize, context.volume?.Size ?? 0);
        return {
            DeviceName: rootDeviceName,
            Bsu: withoutStrayIops({
                ...mapping.Bsu,
                SnapshotId: snapshot.SnapshotId,
                VolumeSize: size
            })
        };
    });
    const description = context.rendered?.omiDescription ?? '';
    return {
        ImageName: config.omiName,
        Architecture: source?.Architecture ?? 'x86_64',
        RootDeviceName: rootDeviceName,
        BlockDeviceMappings: mappings,
        ...(description ? { Description: description } : {}),
        ...(config.productCodes.length > 0 ? { ProductCodes: config.productCodes } : {}),
        ...bootSettings(config, source)
    };
}
/**
 * Registers the OMI. It is journaled before CreateImage is sent (CreateImage takes no ClientToken:
 * by its name and its snapshot, which are this build's), so a failure or a kill never leaves it
 * half-made.
 */
const stepRegisterOmi = buildStep({
    name: stepName,
    title: 'Registering the OMI',
    async run(context, { journal, need }) {
        const { client, signal } = context;
        const request = registerRequest(context);
        const found = { imageName: request.ImageName, snapshotId: need('snapshot').SnapshotId };
        const recorded = journal.record({ kind: 'image', ...found });
        const image = await client.createImage(request, signal);
        recorded.update({ imageId: image.ImageId });
        log.info(`OMI ${image.ImageId} "${image.ImageName}" registered; waiting for it to be available...`);
        context.image = await waitForImageAvailable(client, image.ImageId, waitOptions(context, 'omi'));
        log.info(`OMI ${image.ImageId} is available.`);
    }
});

;// CONCATENATED MODULE: ./src/pipeline/unlink-overlap.ts
const overlaps = new WeakMap();
function newOverlap() {
    let answerSnapshot;
    let awaitUnlink;
    let endUnlink;
    const snapshotAnswered = new Promise((resolve) => (answerSnapshot = resolve));
    const unlinkAwaited = new Promise((resolve) => (awaitUnlink = resolve));
    const unlinkEnded = new Promise((resolve) => (endUnlink = resolve));
    return { snapshotAnswered, answerSnapshot, unlinkAwaited, awaitUnlink, unlinkEnded, endUnlink };
}
/** The build's overlap: one per build, shared by the two steps. */
function unlinkOverlapOf(context) {
    let overlap = overlaps.get(context);
    if (!overlap) {
        overlap = newOverlap();
        overlaps.set(context, overlap);
    }
    return overlap;
}

;// CONCATENATED MODULE: ./src/pipeline/steps/snapshot.ts







/** CreateSnapshot with this ClientToken, the account's snapshot quota waited out. */
function requestSnapshot(context, volume, clientToken) {
    const { client, signal } = context;
    // The account's limit of snapshots in progress at once (several builds snapshotting) is
    // waited out within the snapshot deadline; the ClientToken makes each attempt the same one.
    return persist(() => client.createSnapshot({
        VolumeId: volume.VolumeId,
        Description: `osc-chroot ${context.config.omiName} (build ${context.buildId})`,
        ClientToken: clientToken
    }, signal), {
        ...persistOptions(context, 'snapshot', `snapshotting ${volume.VolumeId}: the account has too many snapshots in progress`),
        worthWaiting: (error) => error.code === tooManyConcurrentSnapshotsCode || error.retryable
    });
}
/** A refusal of CreateSnapshot because the volume is linked, not the quota (which may be a 409). */
function refusedWhileLinked(error) {
    return isConflict(error) && error.code !== tooManyConcurrentSnapshotsCode;
}
/**
 * Snapshots the volume, showing progress. The snapshot is journaled with its ClientToken before
 * CreateSnapshot is sent, as the volume is, and the journal deletes it if the build fails. With an
 * overlap, the volume may still be linked: a 409 then means "unlink first", and the snapshot is
 * requested again, under a new ClientToken, once the unlink has ended.
 */
async function snapshotVolume(context, { journal, need }, overlap) {
    const { client, signal } = context;
    const volume = need('volume');
    let clientToken = newClientToken(context.buildId);
    const stillLinked = context.journal.active().some((entry) => entry.resource.kind === 'link');
    if (overlap && stillLinked && context.blockDevice) {
        // The unmount wrote everything to the disk; fsync of the device (sync FILE) also empties the
        // disk's own write cache, so the snapshot of the linked volume has every byte.
        await context.host.run(['sync', '--', context.blockDevice], { quiet: true });
    }
    const recorded = journal.record({ kind: 'snapshot', clientToken });
    let snapshot;
    try {
        snapshot = await requestSnapshot(context, volume, clientToken);
    }
    catch (error) {
        if (!overlap || !refusedWhileLinked(error))
            throw error;
        log.info(`CreateSnapshot of ${volume.VolumeId} while it is linked was refused (${error.message}): ` +
            'snapshotting it once it is unlinked.');
        overlap.answerSnapshot();
        overlap.awaitUnlink();
        const { unlinked } = await overlap.unlinkEnded;
        if (!unlinked) {
            throw new Error(`volume ${volume.VolumeId} could not be unlinked (StepUnlinkVolume says why), and the API refuses to snapshot it while it is linked.`, { cause: error });
        }
        // The refused request made nothing; a new token keeps an API that remembers it from answering the refusal again.
        clientToken = newClientToken(context.buildId);
        recorded.update({ clientToken });
        snapshot = await requestSnapshot(context, volume, clientToken);
    }
    finally {
        overlap?.answerSnapshot();
    }
    recorded.update({ snapshotId: snapshot.SnapshotId, temporaryTags: buildTags(context) });
    const tag = () => persist(() => client.createTags({ ResourceIds: [snapshot.SnapshotId], Tags: toResourceTags(buildTags(context)) }, signal), persistOptions(context, 'snapshot', `tagging snapshot ${snapshot.SnapshotId}`));
    const waiting = waitOptions(context, 'snapshot');
    // Said once tagged (from then on a sweep can tell whose snapshot it is), while it completes.
    context.snapshot = await tagOnceListed(() => tag().then(() => log.info(`Snapshot ${snapshot.SnapshotId} of ${volume.VolumeId}...`)), (listed) => waitForSnapshotCompleted(client, snapshot.SnapshotId, {
        ...waiting,
        onProgress: (progress) => {
            listed();
            waiting.onProgress(progress);
        }
    }));
    log.info(`Snapshot ${snapshot.SnapshotId} completed.`);
}
/** Snapshots the unlinked volume. */
const stepSnapshot = buildStep({
    name: 'StepSnapshot',
    title: 'Creating the snapshot',
    run: (context, tools) => snapshotVolume(context, tools)
});
/**
 * Snapshots the volume while it is still linked, run together with stepUnlinkAlongsideSnapshot
 * (unlink-volume.ts; the turns they take are in unlink-overlap.ts).
 */
const stepSnapshotWhileLinked = buildStep({
    name: 'StepSnapshot',
    title: 'Creating the snapshot',
    async run(context, tools) {
        const overlap = unlinkOverlapOf(context);
        try {
            await snapshotVolume(context, tools, overlap);
        }
        finally {
            // Failed before CreateSnapshot was sent (or after): the unlink must not wait for it.
            overlap.answerSnapshot();
            overlap.awaitUnlink();
        }
    }
});

;// CONCATENATED MODULE: ./src/pipeline/steps/source-omi.ts



/** Packer's filter keys (the 7 it supports) and their OAPI names; OAPI names are accepted as is. */
const packerFilterNames = {
    'account-alias': 'AccountAliases',
    'account-id': 'AccountIds',
    architecture: 'Architectures',
    'image-id': 'ImageIds',
    'image-name': 'ImageNames',
    'virtualization-type': 'VirtualizationTypes',
    'root-device-type': 'RootDeviceTypes'
};
/**
 * The ReadImages filters for source_omi and source_omi_filter together. Packer drops source_omi
 * when filters are set; here both apply. Owners: account ids (12 digits) go to AccountIds, `self`
 * to our own id (the OAPI `self` alias matches nothing), others to aliases. Packer's:
 * https://github.com/outscale/packer-plugin-outscale/blob/35975cea494085e64650ad8bf3d23aa54a7729fc/builder/common/step_source_omi_info.go
 */
function sourceImageFilters(sourceOmi, filter, ownAccountId) {
    const filters = {};
    const add = (name, values) => {
        filters[name] = [...(filters[name] ?? []), ...values];
    };
    if (sourceOmi)
        add('ImageIds', [sourceOmi]);
    for (const [key, value] of Object.entries(filter?.filters ?? {})) {
        add(packerFilterNames[key] ?? key, Array.isArray(value) ? value : [value]);
    }
    for (const owner of filter?.owners ?? []) {
        if (owner === 'self')
            add('AccountIds', [ownAccountId]);
        else if (/^\d{12}$/.test(owner))
            add('AccountIds', [owner]);
        else
            add('AccountAliases', [owner]);
    }
    return filters;
}
function newestFirst(a, b) {
    return (b.CreationDate ?? '').localeCompare(a.CreationDate ?? '');
}
/** Finds the source OMI by id and/or filters; most_recent picks the newest of several. */
const stepSourceOmi = buildStep({
    name: 'StepSourceOmi',
    title: 'Finding the source OMI',
    skip: ({ config }) => config.fromScratch,
    async run(context) {
        const { client, config, signal } = context;
        // Only `owners: [self]` needs our account id; otherwise this read goes out with the others.
        const needsAccount = config.sourceOmiFilter?.owners?.includes('self') ?? false;
        const filters = sourceImageFilters(config.sourceOmi, config.sourceOmiFilter, needsAccount ? await readAccountId(context) : '');
        const images = (await client.readImages(filters, signal)).filter((image) => image.State === 'available');
        const described = JSON.stringify(filters);
        if (images.length === 0) {
            throw new Error(`no available OMI matches source_omi/source_omi_filter (${described}). Check the id, the filters and the owners.`);
        }
        if (images.length > 1 && !config.sourceOmiFilter?.mostRecent) {
            const names = images.slice(0, 5).map((image) => `${image.ImageId} (${image.ImageName})`);
            throw new Error(`${images.length} OMIs match source_omi_filter (${described}): ${names.join(', ')}${images.length > 5 ? ', ...' : ''}. ` +
                'Make the filters more specific, or set most_recent: true to take the newest.');
        }
        const [image] = images.sort(newestFirst);
        context.sourceImage = image;
        context.baseImage = image;
        log.info(`Source OMI: ${image.ImageId} "${image.ImageName}" (account ${image.AccountId}, created ${image.CreationDate}).`);
    }
});

;// CONCATENATED MODULE: ./src/pipeline/steps/tags.ts





/**
 * tags on the OMI and its snapshot, then snapshot_tags on the snapshot (they win, as in Packer).
 * The OMI exists already: each call is tried again within the omi deadline (a just-registered OMI
 * may not be listed yet), and a failure keeps the OMI and says so.
 */
const stepTags = buildStep({
    name: 'StepTags',
    title: 'Tagging the OMI and its snapshot',
    skip: ({ config }) => Object.keys(config.tags).length === 0 && Object.keys(config.snapshotTags).length === 0,
    async run(context, { need }) {
        const { client, signal } = context;
        const image = need('image');
        const snapshot = need('snapshot');
        const { tags, snapshotTags } = need('rendered');
        const tag = (resourceIds, values, what) => persist(() => client.createTags({ ResourceIds: resourceIds, Tags: toResourceTags(values) }, signal), persistOptions(context, 'omi', what));
        try {
            if (Object.keys(tags).length > 0) {
                await tag([image.ImageId, snapshot.SnapshotId], tags, `tagging OMI ${image.ImageId}`);
                log.info(`Tagged ${image.ImageId} and ${snapshot.SnapshotId}: ${Object.keys(tags).join(', ')}.`);
            }
            if (Object.keys(snapshotTags).length > 0) {
                await tag([snapshot.SnapshotId], snapshotTags, `tagging snapshot ${snapshot.SnapshotId}`);
                log.info(`Tagged ${snapshot.SnapshotId}: ${Object.keys(snapshotTags).join(', ')}.`);
            }
        }
        catch (error) {
            if (signal.aborted)
                throw error;
            throw keptProductError(error, image.ImageId, snapshot.SnapshotId, 'add the tags and snapshot_tags by hand');
        }
    }
});

;// CONCATENATED MODULE: ./src/pipeline/steps/render-templates.ts




/**
 * Renders every template that uses the source OMI (tags, snapshot_tags, root_volume_tags, their
 * keys included, and omi_description) as soon as the source is known: a missing tag such as
 * {{.SourceOMITags.Version}} fails here, in dry_run too, before anything is created, never
 * after the OMI exists. omi_name is rendered earlier, with the configuration.
 */
const stepRenderTemplates = buildStep({
    name: 'StepRenderTemplates',
    title: 'Rendering the templates',
    async run(context) {
        const { config } = context;
        const problems = [];
        const attempt = (renderIt, empty) => {
            try {
                return renderIt();
            }
            catch (error) {
                problems.push(error instanceof Error ? error.message : String(error));
                return empty;
            }
        };
        const rendered = {
            tags: attempt(() => renderMap(config.tags, context, 'tags'), {}),
            snapshotTags: attempt(() => renderMap(config.snapshotTags, context, 'snapshot_tags'), {}),
            rootVolumeTags: attempt(() => renderMap(config.rootVolumeTags, context, 'root_volume_tags'), {}),
            omiDescription: attempt(() => render(config.omiDescription, buildInfoVars(context), 'omi_description'), '')
        };
        if (problems.length > 0) {
            throw new Error(`${problems.length} template(s) cannot be rendered:\n- ${problems.join('\n- ')}`);
        }
        context.rendered = rendered;
        log.info('Every template renders with this source OMI.');
    }
});

;// CONCATENATED MODULE: ./src/host/image-download.ts
/**
 * Files and directories copied out of the image into the workspace (provision_files entries with
 * direction: download, Packer's file provisioner with direction "download").
 *
 * The image is data the build does not control, so:
 * - the source is resolved inside the image (image-path.ts): its links are followed as the chroot
 *   sees them, never by the host, a path climbing out of the image is refused, and every
 *   component must be on the image's own file system (not the chroot's /proc, /sys or /dev, nor a
 *   bind of a host directory);
 * - a directory is listed with `find -P -xdev` (links not followed, other file systems not
 *   entered); only directories and regular files are copied: a symlink, device node, fifo or
 *   socket of the image is skipped with a warning, so nothing on the host can point or lead
 *   elsewhere, and no device node is ever made;
 * - files are copied with `cp -P` (a link is never followed) to a fresh name in the destination
 *   directory, checked to be a regular file, given the image's permission bits without setuid,
 *   setgid or sticky, owned by the user the action runs as, then renamed into place (a link at
 *   the destination is replaced, never written through);
 * - the destination must be inside the workspace, and every directory on its way from the
 *   workspace down must be a real directory (a symlink there could lead out of it): created when
 *   missing, refused when anything else.
 */





/** Creates (or checks) every directory from the workspace down to dir; refuses links. */
function ensureWorkspaceDirectory(dir, workspace, field) {
    const root = (0,external_node_path_.resolve)(workspace);
    const rel = (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(dir));
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel)) {
        throw new Error(`${field}: ${dir} is outside the workspace (${root}); downloads stay in it.`);
    }
    let current = root;
    for (const part of rel.split(external_node_path_.sep).filter(Boolean)) {
        current = (0,external_node_path_.join)(current, part);
        const stats = (0,external_node_fs_.lstatSync)(current, { throwIfNoEntry: false });
        if (!stats)
            (0,external_node_fs_.mkdirSync)(current, { mode: 0o755 });
        else if (!stats.isDirectory()) {
            throw new Error(`${field}: ${current} is ${stats.isSymbolicLink() ? 'a symlink' : 'not a directory'}; ` +
                'a download writes below the workspace through real directories only.');
        }
    }
}
/** The owner the action runs as (it may reach root through command_wrapper). */
function ownUser() {
    const uid = process.getuid?.();
    const gid = process.getgid?.();
    return uid === undefined || gid === undefined || uid === 0 ? undefined : `${uid}:${gid}`;
}
/** Copies one regular file of the image (hostPath, already resolved) to hostDestination. */
async function copyFileOut(runner, hostPath, mode, hostDestination, field) {
    const existing = (0,external_node_fs_.lstatSync)(hostDestination, { throwIfNoEntry: false });
    if (existing?.isDirectory()) {
        throw new Error(`${field}: ${hostDestination} is a directory; the file cannot replace it.`);
    }
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(hostDestination), `.${(0,external_node_path_.basename)(hostDestination).slice(0, 100)}.osc-chroot-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
    try {
        // -P: if the entry became a link, the link is copied (and refused below), never followed.
        await runner.run(['cp', '-P', '--', hostPath, temporary], { quiet: true });
        const copied = (0,external_node_fs_.lstatSync)(temporary);
        if (!copied.isFile()) {
            throw new Error(`${field}: ${hostPath} is no longer a regular file in the image; not copied.`);
        }
        const permissions = (parseInt(mode, 8) & 0o777).toString(8);
        await runner.run(['chmod', permissions, '--', temporary], { quiet: true });
        const owner = ownUser();
        if (owner)
            await runner.run(['chown', owner, '--', temporary], { quiet: true });
        (0,external_node_fs_.renameSync)(temporary, hostDestination);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw error;
    }
}
/** Entries below a directory of the image, relative, without following links or leaving its file system. */
async function listImageDirectory(runner, hostDir) {
    const result = await runner.run(['find', '-P', hostDir, '-xdev', '-mindepth', '1', '-printf', '%y\\0%m\\0%P\\0'], { quiet: true });
    const fields = result.stdout.split('\0');
    const entries = [];
    for (let i = 0; i + 2 < fields.length; i += 3) {
        entries.push({ type: fields[i], mode: fields[i + 1], path: fields[i + 2] });
    }
    return entries;
}
/**
 * Copies `source` (a path in the image) to `destination` (a host path inside the workspace), as
 * Packer names things: into a directory when the destination ends with / or is one; a directory
 * source with a trailing / has its contents copied. Returns the host paths written.
 */
async function downloadFromImage(runner, mountPath, source, destination, workspace, field) {
    let resolved;
    try {
        resolved = await resolveInImage(runner, mountPath, source, { stayOnImageFileSystem: true });
    }
    catch (error) {
        if (!(error instanceof ImageEscapeError))
            throw error;
        throw new Error(`${field}: source ${JSON.stringify(source)} refused: ${error.message}`, {
            cause: error
        });
    }
    const { info } = resolved;
    if (info.type !== 'file' && info.type !== 'directory') {
        throw new Error(`${field}: source ${source} is ${describePathType(info)} in the image; a download copies ` +
            'regular files and directories.');
    }
    const destinationIsDirectory = destination.endsWith('/') ||
        ((0,external_node_fs_.lstatSync)(destination, { throwIfNoEntry: false })?.isDirectory() ?? false);
    const name = external_node_path_.posix.basename(resolved.pathInImage);
    const written = [];
    if (info.type === 'file') {
        const target = destinationIsDirectory ? (0,external_node_path_.join)(destination, name) : (0,external_node_path_.resolve)(destination);
        ensureWorkspaceDirectory((0,external_node_path_.dirname)(target), workspace, field);
        await copyFileOut(runner, resolved.hostPath, info.mode ?? '644', target, field);
        written.push(target);
    }
    else {
        const top = source.endsWith('/') ? (0,external_node_path_.resolve)(destination) : (0,external_node_path_.join)(destination, name);
        ensureWorkspaceDirectory(top, workspace, field);
        written.push(top);
        for (const entry of await listImageDirectory(runner, resolved.hostPath)) {
            const where = `${resolved.pathInImage}/${entry.path}`;
            const target = (0,external_node_path_.join)(top, entry.path);
            if (entry.type === 'd') {
                ensureWorkspaceDirectory(target, workspace, field);
                written.push(target);
            }
            else if (entry.type === 'f') {
                ensureWorkspaceDirectory((0,external_node_path_.dirname)(target), workspace, field);
                await copyFileOut(runner, (0,external_node_path_.join)(resolved.hostPath, entry.path), entry.mode, target, field);
                written.push(target);
            }
            else {
                log.warning(`${field}: ${where} skipped: only regular files and directories are downloaded ` +
                    `(it is ${entry.type === 'l' ? 'a symlink' : 'a special file'})`);
            }
        }
    }
    log.info(`${field}: ${resolved.pathInImage} -> ${written[0]}${written.length > 1 ? ` (${written.length} entries)` : ''}`);
    return written;
}

;// CONCATENATED MODULE: ./src/host/ansible.ts
/**
 * Packer's `ansible` provisioner, through Ansible's chroot connection (community.general.chroot,
 * https://docs.ansible.com/ansible/latest/collections/community/general/chroot_connection.html)
 * instead of Packer's SSH proxy: ansible-playbook runs on the runner, beside the chroot like
 * provision_host_commands (sandbox.ts), with an inventory written for the run that holds one host
 * (host_alias, default "default") whose ansible_host is the image's mount path, in each of
 * `groups`. Like Packer, it passes packer_build_name and packer_builder_type as extra variables.
 */








/** The inventory: the chroot as one host, in every group asked for. */
function ansibleInventory(provisioner, mountPath) {
    const host = `${provisioner.hostAlias} ansible_connection=chroot ansible_host=${mountPath}\n`;
    const groups = provisioner.groups.map((group) => `\n[${group}]\n${provisioner.hostAlias}\n`);
    return host + groups.join('');
}
function ansibleCommand(provisioner, inventory) {
    return [
        ...provisioner.command,
        '-c',
        'chroot',
        '-i',
        inventory,
        '--extra-vars',
        `packer_build_name=${provisioner.buildName} packer_builder_type=${packerBuilderType}`,
        ...provisioner.extraArguments,
        provisioner.playbookFile
    ];
}
async function runAnsibleProvisioner(provisioner, run) {
    const { runner, mountPath, label } = run;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'osc-chroot-ansible-'));
    try {
        const inventory = (0,external_node_path_.join)(dir, 'inventory');
        (0,external_node_fs_.writeFileSync)(inventory, ansibleInventory(provisioner, mountPath), { mode: 0o600 });
        const command = (0,shell_quote.quote)(ansibleCommand(provisioner, inventory));
        log.info(`${label}: ${command}`);
        try {
            await runHostCommandBesideChroot(runner, mountPath, command, { signal: run.signal, cwd: run.workspace }, { ANSIBLE_FORCE_COLOR: '0', ...provisioner.environment });
        }
        catch (error) {
            if (!(error instanceof CommandError) || run.signal?.aborted)
                throw error;
            const tail = error.stderrTail ? `\n${error.stderrTail}` : '';
            throw new Error(`${label}: ansible-playbook failed with exit code ${error.exitCode}.${tail}`, {
                cause: error
            });
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/host/shell-local.ts
/**
 * Packer's `shell-local` provisioner: scripts run on the runner, as provision_host_commands are
 * (host-commands.ts): through command_wrapper, with the allowlisted environment (host-env.ts) plus
 * the provisioner's variables (from a 0600 file, never an argv), in PID and mount namespaces of
 * their own whose view of the image's /proc is fresh (sandbox.ts). Inline commands are written to
 * a private temporary script behind their shebang, as Packer does.
 */







async function runShellLocalProvisioner(provisioner, run) {
    const { runner, mountPath, label } = run;
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'osc-chroot-shell-local-'));
    try {
        for (const [index, script] of provisioner.scripts.entries()) {
            let path;
            if ('hostFile' in script)
                path = script.hostFile;
            else {
                path = (0,external_node_path_.join)(dir, `script-${index + 1}.sh`);
                (0,external_node_fs_.writeFileSync)(path, script.content, { mode: 0o700 });
                (0,external_node_fs_.chmodSync)(path, 0o700);
            }
            const name = 'hostFile' in script ? script.hostFile : 'inline commands';
            const command = provisioner.executeCommand.split('{{.Script}}').join((0,shell_quote.quote)([path]));
            log.info(`${label}: running ${name} on the runner (${index + 1}/${provisioner.scripts.length})`);
            try {
                await runHostCommandBesideChroot(runner, mountPath, command, { signal: run.signal, allowedExitCodes: provisioner.validExitCodes, cwd: run.workspace }, provisioner.environment);
            }
            catch (error) {
                if (!(error instanceof CommandError) || run.signal?.aborted)
                    throw error;
                const tail = error.stderrTail ? `\n${error.stderrTail}` : '';
                throw new Error(`${label}: ${name} failed with exit code ${error.exitCode}.${tail}`, {
                    cause: error
                });
            }
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/host/shell-provisioner.ts
/**
 * Packer's `shell` provisioner in the chroot: each script (the inline commands behind their
 * shebang, or a script file) is uploaded to remote_path in the image, run with execute_command
 * (default `chmod +x {{.Path}}; {{.Vars}} {{.Path}}`) by /bin/sh in the same sandbox as
 * `provision` (sandbox.ts: new namespaces, fewer capabilities, nothing of the runner's
 * environment), then removed unless skip_clean. The variables reach it through its environment:
 * the action's provisioning variables (provision.ts), provision_env, then environment_vars and env.
 */








/** Removes the uploaded script, if it is still a regular file there. */
async function removeScript(runner, mountPath, pathInImage) {
    const entry = await resolveInImage(runner, mountPath, pathInImage, {
        followLastLink: false,
        stayOnImageFileSystem: true
    });
    if (entry.info.type === 'file')
        await runner.run(['rm', '-f', '--', entry.hostPath], { quiet: true });
}
async function runShellProvisioner(provisioner, run) {
    const { runner, mountPath, label } = run;
    const environment = {
        ...provisionEnvironment(run.build, run.provisionEnv),
        ...provisioner.environment
    };
    for (const [index, script] of provisioner.scripts.entries()) {
        const name = 'hostFile' in script ? script.hostFile : 'inline commands';
        // Packer converts Windows line endings unless `binary` (a script saved on Windows runs).
        const source = 'hostFile' in script && !provisioner.binary
            ? { content: (0,external_node_fs_.readFileSync)(script.hostFile, 'utf8').replace(/\r\n/g, '\n') }
            : script;
        const pathInImage = await placeInImage(runner, mountPath, source, provisioner.remotePath, label, '0755');
        const command = provisioner.executeCommand.split('{{.Path}}').join((0,shell_quote.quote)([pathInImage]));
        log.info(`${label}: running ${name} (${index + 1}/${provisioner.scripts.length}) as ${pathInImage}`);
        try {
            await runInSandboxedChroot({
                runner,
                mountPath,
                environment,
                command: ['/bin/sh', '-c', command],
                options: { signal: run.signal, allowedExitCodes: provisioner.validExitCodes }
            });
        }
        catch (error) {
            if (!(error instanceof CommandError) || run.signal?.aborted)
                throw error;
            const tail = error.stderrTail ? `\n${error.stderrTail}` : '';
            throw new Error(`${label}: ${name} failed with exit code ${error.exitCode} in the chroot ` +
                `(allowed: ${provisioner.validExitCodes.join(', ')}).${tail}`, { cause: error });
        }
        finally {
            if (!provisioner.skipClean)
                await removeScript(runner, mountPath, pathInImage);
        }
    }
}

;// CONCATENATED MODULE: ./src/host/template-provisioners.ts





async function runFileProvisioner(provisioner, run) {
    const { runner, mountPath, label } = run;
    if (provisioner.direction === 'download') {
        await downloadFromImage(runner, mountPath, provisioner.sources[0], provisioner.destination, run.workspace, label);
        return;
    }
    if (provisioner.content !== undefined) {
        await placeInImage(runner, mountPath, { content: provisioner.content }, provisioner.destination, label);
        return;
    }
    for (const source of provisioner.sources) {
        await uploadIntoImage(runner, mountPath, source, provisioner.destination, label);
    }
}
async function runTemplateProvisioner(provisioner, run) {
    switch (provisioner.type) {
        case 'shell':
            return runShellProvisioner(provisioner, run);
        case 'shell-local':
            return runShellLocalProvisioner(provisioner, run);
        case 'file':
            return runFileProvisioner(provisioner, run);
        case 'ansible':
            return runAnsibleProvisioner(provisioner, run);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/steps/template-provisioners.ts



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
                    sourceOmi: context.sourceImage?.ImageId ?? '',
                    sourceOmiName: context.sourceImage?.ImageName ?? '',
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
/** provision_files entries with direction: download, copied out once provisioning is done. */
const stepDownloadFiles = {
    name: 'StepDownloadFiles',
    title: 'Copying provision_files downloads into the workspace',
    skip: ({ config }) => !config.provisionFiles.some((file) => file.direction === 'download'),
    async run({ config, host, mountPath }) {
        for (const [index, file] of config.provisionFiles.entries()) {
            if (file.direction !== 'download')
                continue;
            await downloadFromImage(host, mountPath, file.source, file.destination, config.workspace, `provision_files[${index}]`);
        }
    }
};
/**
 * The build's steps with the template's provisioners before stepProvision and the downloads
 * after it.
 */
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

;// CONCATENATED MODULE: ./src/pipeline/steps/unlink-volume.ts





/**
 * When the detach is read (an object, so that tests can shorten it) while the snapshot is still being made: a detach takes a couple of
 * seconds, a snapshot tens of them, so one read this long after UnlinkVolume usually finds it
 * done, off the build's critical path (read at the snapshot's end, it would add its own time).
 */
const detachRead = { afterMs: 10_000 };
/**
 * Unlinks the volume (never while mounted; resources/link.ts), run together with
 * stepSnapshotWhileLinked (snapshot.ts): UnlinkVolume goes out once CreateSnapshot has answered,
 * and whether the volume is detached is read detachRead.afterMs later, or once the snapshot is
 * done or needs the unlink first if that comes sooner, the journal entry marked undone only then.
 */
const stepUnlinkAlongsideSnapshot = buildStep({
    name: 'StepUnlinkVolume',
    title: 'Unlinking the volume',
    async run(context) {
        const overlap = unlinkOverlapOf(context);
        await overlap.snapshotAnswered;
        try {
            for (const entry of context.journal.active()) {
                if (entry.resource.kind !== 'link')
                    continue;
                const requestedAt = Date.now();
                const requested = await requestUnlink(entry.resource, context, context.journal, true);
                await untilDetachRead(overlap.unlinkAwaited, context.signal);
                if (requested)
                    await awaitUnlinked(entry.resource, context, requestedAt);
                context.journal.mark(entry, 'undone');
                log.debug(`Undone: link ${entry.resource.volumeId}`);
            }
            overlap.endUnlink({ unlinked: true });
        }
        catch (error) {
            overlap.endUnlink({ unlinked: false });
            throw error;
        }
    }
});
/** detachRead.afterMs, or sooner when `sooner` resolves; the timer never outlives it. */
async function untilDetachRead(sooner, signal) {
    const done = new AbortController();
    const stop = () => done.abort(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    try {
        await Promise.race([sooner, realSleep(detachRead.afterMs, done.signal).catch(() => undefined)]);
    }
    finally {
        signal.removeEventListener('abort', stop);
        done.abort();
    }
    signal.throwIfAborted();
}

;// CONCATENATED MODULE: ./src/pipeline/steps/vm-info.ts



/** The runner's own VM: where the volume is created (its subregion) and linked. */
const stepVmInfo = buildStep({
    name: 'StepVmInfo',
    title: "Reading the runner's VM",
    async run(context) {
        const { vmId, region } = context;
        const vm = await readRunnerVm(context);
        if (!vm) {
            throw new Error(`VM ${vmId} (this runner, from the metadata service) is not visible with these credentials in region ${region}. ` +
                "The credentials must belong to the account that owns the runner VM, and region must be the VM's region.");
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

;// CONCATENATED MODULE: ./src/pipeline/pipeline.ts
/**
 * The build, in Packer's order with what it lacks: the steps below run one after the other, every
 * resource is journaled the moment it exists, and the cleanup runs whatever happens. dry_run stops
 * after the checks, having created nothing. Packer's steps are listed in its Run:
 * https://github.com/outscale/packer-plugin-outscale/blob/35975cea494085e64650ad8bf3d23aa54a7729fc/builder/chroot/builder.go
 */

































/**
 * What dry_run checks: configuration (already), credentials, metadata, source OMI, free name. The
 * reads do not depend on one another and go out at the same time (first-reads.ts shares the ones
 * several steps need), with the sandbox's tool check alongside.
 */
const checks = [
    together('Checking the credentials, the OMI name, the runner VM and the source OMI', stepCheckCredentials, stepPrevalidateName, stepVmInfo, stepSourceOmi, stepCheckSandbox),
    stepRenderTemplates
];
/** Up to a ready chroot: what split mode's prepare runs, leaving the build open. */
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
/** From a provisioned chroot to the OMI: what split mode's finish runs on the open build. */
const finishSteps = [
    stepUnmount,
    // Nothing writes to the volume any more: it is snapshotted while the unlink runs (unlink-overlap.ts).
    // The unlink comes first in the list: when both fail, its error is the cause.
    together('Unlinking the volume while it is snapshotted', stepUnlinkAlongsideSnapshot, stepSnapshotWhileLinked),
    stepDeregister,
    stepRegisterOmi,
    stepPermissions,
    stepTags
];
const buildSteps = [...prepareSteps, ...finishSteps];
/** The steps a build runs: the checks (dry_run), up to the ready chroot (prepare), or all. */
function stepsFor(config, part) {
    if (config.dryRun)
        return checks;
    if (part !== 'prepare')
        return withTemplateProvisioners(buildSteps, config);
    // provision_files' downloads wait for finish: the workflow's steps may still change the image.
    return withTemplateProvisioners(prepareSteps, config).filter((step) => step !== stepDownloadFiles);
}
/**
 * Runs one build. Throws only for what happens before anything can be created (not on an
 * Outscale VM, not root); every later failure is in the result, after the cleanup.
 */
async function runBuild(options) {
    const { config, signal } = options;
    if (!config.dryRun)
        assertCanRunPrivileged(config.commandWrapper);
    const identity = await readVmIdentity({ signal });
    const region = config.region || identity.region;
    if (config.region && config.region !== identity.region) {
        throw new Error(`region is ${config.region} but this runner VM is in ${identity.region} (${identity.subregion}). ` +
            "A chroot build links the volume to the runner itself: set region to the runner's region, or leave it empty.");
    }
    const endpoint = resolveEndpoint(region, config.customEndpointOapi);
    const client = createOapiClient(config, { endpoint, region }, options.onRequest);
    // What cleanup needs is saved with the journal: the post step never reads the configuration.
    const journal = new Journal(options.journalPath, {
        buildId: options.buildId,
        region,
        endpoint,
        cleanup: cleanupSettingsOf(config)
    });
    const context = {
        config,
        client,
        host: createHostRunner(config.commandWrapper),
        journal,
        signal,
        poll: pollPolicyFromEnv(),
        buildId: options.buildId,
        startedAt: new Date().toISOString(),
        leftOpen: options.part === 'prepare',
        region,
        subregion: identity.subregion,
        vmId: identity.vmId
    };
    log.info(`Build ${options.buildId}: VM ${identity.vmId} in ${identity.subregion}, API ${endpoint}.`);
    try {
        const leaveOpen = context.leftOpen && !config.dryRun;
        const result = await runSteps(stepsFor(config, options.part), context, signal, (outcome) => leaveOpen && outcome === 'succeeded'
            ? Promise.resolve()
            : cleanUp(journal, context, outcome, context.image));
        return { context, result };
    }
    finally {
        await client.close();
    }
}

;// CONCATENATED MODULE: ./src/pipeline/report.ts
/**
 * What a finished build hands on: the step outputs, a manifest file (like Packer's manifest
 * post-processor, so tools that read one can read ours), and the rows of the job summary.
 */

/** Packer's builder id for osc-chroot, kept so manifest readers recognise the artifact. */
const builderId = 'oapi.outscale.chroot';
function buildOutputs(context, manifestPath, durationSeconds) {
    return {
        omi_id: context.image?.ImageId ?? '',
        omi_name: context.config.omiName,
        snapshot_id: context.snapshot?.SnapshotId ?? '',
        source_omi_id: context.sourceImage?.ImageId ?? '',
        region: context.region,
        subregion: context.subregion,
        device: context.deviceName ?? '',
        manifest: manifestPath,
        duration_seconds: String(Math.round(durationSeconds))
    };
}
/** Writes the manifest: the artifact as Packer's manifest has it, plus what it was made from. */
function writeManifest(path, context, result, durationSeconds) {
    const imageId = context.image?.ImageId;
    const manifest = {
        builds: [
            {
                name: context.config.omiName,
                builder_type: 'osc-chroot',
                builder_id: builderId,
                build_time: Math.floor(Date.now() / 1000),
                artifact_id: imageId ? `${context.region}:${imageId}` : '',
                custom_data: {
                    build_id: context.buildId,
                    outcome: result.outcome,
                    omi_id: imageId ?? '',
                    omi_name: context.config.omiName,
                    snapshot_id: context.snapshot?.SnapshotId ?? '',
                    source_omi_id: context.sourceImage?.ImageId ?? '',
                    source_omi_name: context.sourceImage?.ImageName ?? '',
                    region: context.region,
                    subregion: context.subregion,
                    volume_size_gib: context.volume?.Size ?? 0,
                    device: context.deviceName ?? '',
                    block_device: context.blockDevice ?? '',
                    duration_seconds: Math.round(durationSeconds),
                    steps: result.timings
                }
            }
        ],
        last_run_uuid: context.buildId
    };
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(manifest, null, 2) + '\n');
}
/** The job summary's facts, as [label, value] rows; main.ts renders them with core.summary. */
function summaryFacts(context, result, durationSeconds) {
    const source = context.sourceImage;
    return [
        ['Outcome', result.outcome],
        ['OMI', context.image ? `${context.image.ImageId} (${context.config.omiName})` : 'none'],
        [
            'Source OMI',
            source
                ? `${source.ImageId} (${source.ImageName ?? ''})`
                : context.config.fromScratch
                    ? 'from scratch'
                    : 'none'
        ],
        ['Snapshot', context.snapshot?.SnapshotId ?? 'none'],
        [
            'Root volume',
            context.volume
                ? `${context.volume.Size ?? '?'} GiB ${context.volume.VolumeType ?? ''}`
                : 'none'
        ],
        ['Region', `${context.region} (${context.subregion})`],
        [
            'Device',
            context.deviceName ? `${context.deviceName} → ${context.blockDevice ?? '?'}` : 'none'
        ],
        ['Duration', `${Math.round(durationSeconds)} s`]
    ];
}

;// CONCATENATED MODULE: ./src/pipeline/sweep/plan.ts
/**
 * The sweep's decisions, from what was read: which tagged resources are orphans to delete, which
 * are left alone and why. Pure: it reads nothing and deletes nothing (run.ts does), so every rule
 * is unit-tested on plain data. Each resource kind says how it becomes a candidate (its module's
 * sweep.recognise); the rules that span kinds are here:
 * - a product (a snapshot an OMI uses, or marked so) is kept, whatever its other tags;
 * - a resource without a readable created-at tag is reported and kept;
 * - a resource younger than the age is left alone;
 * - nothing of a build that one of its resources shows to be running is touched;
 * - a source copy's snapshots go with it, never a second time on their own.
 */


/** Every tagged resource of what was read, kind by kind in the sweep's order. */
function candidates(inventory, options) {
    return sweepRules().flatMap(({ rule }) => rule.recognise(inventory, options));
}
/** Decides, from what was read, what to delete and what to leave. Reads nothing itself. */
function planSweep(inventory, options) {
    const resources = candidates(inventory, options);
    const runningBuilds = new Map();
    for (const { buildId, running, id } of resources) {
        if (running && !runningBuilds.has(buildId))
            runningBuilds.set(buildId, `${running} (${id})`);
    }
    const plan = { orphans: [], skipped: [], products: [], young: 0 };
    const oldest = options.now.getTime() - options.olderThanSeconds * 1000;
    for (const resource of resources) {
        const { kind, id, buildId, createdAt } = resource;
        const created = Date.parse(createdAt);
        if (resource.ignored)
            continue;
        if (resource.product) {
            plan.products.push(id);
        }
        else if (Number.isNaN(created)) {
            const reason = `its ${createdAtTag} tag is ${createdAt ? `"${createdAt}", not a date` : 'missing'}: delete it by hand if it is an orphan`;
            plan.skipped.push({ kind, id, buildId, reason });
        }
        else if (created > oldest) {
            plan.young++;
        }
        else if (runningBuilds.has(buildId)) {
            const reason = `build ${buildId} looks still running: ${runningBuilds.get(buildId)}`;
            plan.skipped.push({ kind, id, buildId, reason });
        }
        else {
            plan.orphans.push({
                kind,
                id,
                buildId,
                createdAt,
                ...(resource.unlinkFirst ? { unlinkFirst: true } : {}),
                ...(resource.snapshotIds ? { snapshotIds: resource.snapshotIds } : {})
            });
        }
    }
    // A copy's snapshots go with it; they are not deleted a second time on their own.
    const withCopies = new Set(plan.orphans.flatMap((orphan) => orphan.snapshotIds ?? []));
    plan.orphans = plan.orphans.filter((orphan) => orphan.kind !== 'snapshot' || !withCopies.has(orphan.id));
    return plan;
}

;// CONCATENATED MODULE: ./src/pipeline/sweep/report.ts
/** How the sweep tells what it did: a line per orphan, the summary line, the job summary's rows. */


function describeOrphan(orphan) {
    const name = resources[orphan.kind].sweep?.label ?? orphan.kind;
    const withSnapshots = orphan.snapshotIds?.length ? ` (with ${orphan.snapshotIds.join(', ')})` : '';
    return `${name} ${orphan.id}${withSnapshots} of build ${orphan.buildId}, created ${orphan.createdAt}`;
}
function sweepSummaryLine(report) {
    const age = formatDuration(report.olderThanSeconds * 1000);
    const done = report.dryRun
        ? `${report.orphans.length} to delete (dry run: nothing deleted)`
        : `${report.deleted.length} deleted, ${report.failed.length} could not be deleted`;
    return (`Orphan sweep (older than ${age}): ${done}, ${report.skipped.length} left for a reason above, ` +
        `${report.young} younger left alone, ${report.products.length} snapshots kept because OMIs use them.`);
}
/** The job summary's rows: one per resource deleted, to delete, left or failed. */
function sweepSummaryRows(report) {
    const failed = new Map(report.failed.map(({ orphan, reason }) => [orphan.id, reason]));
    const outcome = (orphan) => report.dryRun
        ? 'to delete (dry run)'
        : failed.has(orphan.id)
            ? `not deleted: ${failed.get(orphan.id)}`
            : 'deleted';
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

;// CONCATENATED MODULE: ./src/pipeline/sweep/run.ts
/**
 * The sweep's work on the API and the host: reads this account's tagged resources, asks the host
 * whether a linked volume is mounted here, lets plan.ts decide, then deletes the orphans (each
 * with its kind's rule, in the sweep's order) and logs every decision.
 */











/**
 * Whether the volume linked to this VM as /dev/xvdf is mounted here, found by its by-id link
 * (scsi-0QEMU_QEMU_HARDDISK_sdf: the letter asked for, set from the disk's serial). The kernel's
 * own name follows discovery order (/dev/sdf may be another disk), so it proves nothing; without
 * the by-id link the answer is undefined, and the sweep keeps the volume.
 */
function linkedDeviceMountedHere(deviceName, byIdDir = hostDeviceLayout.byIdDir) {
    const byId = qemuByIdName(deviceName);
    if (!byId)
        return undefined;
    const path = (0,external_node_path_.join)(byIdDir, byId);
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    return isMounted(path);
}
async function readInventory(client, accountId, signal) {
    const withBuildTag = { TagKeys: [buildIdTag] };
    // All the account's volumes: an untagged one is a build's by its ClientToken, which the API
    // filters only by exact value.
    const [allVolumes, snapshots, copies] = await Promise.all([
        client.readVolumes({}, signal),
        client.readSnapshots({ ...withBuildTag, AccountIds: [accountId] }, signal),
        client.readImages({ ...withBuildTag, AccountIds: [accountId] }, signal)
    ]);
    const volumes = allVolumes.filter(isBuildVolume);
    const snapshotIds = snapshots.map((snapshot) => snapshot.SnapshotId);
    const users = snapshotIds.length === 0
        ? []
        : await client.readImages({ BlockDeviceMappingSnapshotIds: snapshotIds }, signal);
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
/** Finds this account's orphans and deletes them (unless dryRun); logs every decision. */
async function sweepOrphans(options) {
    const { client, dryRun, olderThanSeconds, signal } = options;
    const inventory = await readInventory(client, options.accountId, signal);
    const plan = planSweep(inventory, {
        now: options.now ?? new Date(),
        olderThanSeconds,
        vmId: options.vmId,
        mountedHere: options.mountedHere ?? linkedDeviceMountedHere
    });
    const report = { ...plan, dryRun, olderThanSeconds, deleted: [], failed: [] };
    for (const skipped of plan.skipped) {
        log.warning(`Orphan sweep: leaving ${skipped.kind} ${skipped.id}: ${skipped.reason}.`);
    }
    const ordered = sweepRules().flatMap(({ kind }) => plan.orphans.filter((o) => o.kind === kind));
    for (const orphan of ordered) {
        if (dryRun) {
            log.info(`Would delete ${describeOrphan(orphan)}.`);
            continue;
        }
        try {
            await deleteOrphan(orphan, { client, linkTimeoutSeconds: options.linkTimeoutSeconds, signal });
            report.deleted.push(orphan);
            log.info(`Deleted ${describeOrphan(orphan)}.`);
        }
        catch (error) {
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

;// CONCATENATED MODULE: ./src/pipeline/sweep.ts







/**
 * The sweep as the action and the CLI run it: on this runner VM (the metadata service says
 * which), with the configuration's credentials and endpoint, for resources older than
 * cleanup_orphans; dry_run only tells.
 */
async function runSweep(config, signal) {
    const identity = await readVmIdentity({ signal });
    const region = config.region || identity.region;
    const client = createOapiClient(config, {
        endpoint: resolveEndpoint(region, config.customEndpointOapi),
        region
    });
    try {
        const accountId = await readOwnAccountId(client, identity.vmId, signal).catch((error) => {
            if (error instanceof OapiError || !(error instanceof Error))
                throw error;
            // The sweep looks only at this account's resources; without its id, say how to go on.
            throw new Error(`cleanup_orphans: ${error.message} Or set cleanup_orphans: 0.`, {
                cause: error
            });
        });
        return await sweepOrphans({
            client,
            accountId,
            vmId: identity.vmId,
            olderThanSeconds: config.cleanupOrphans,
            dryRun: config.dryRun,
            linkTimeoutSeconds: config.timeouts.link,
            signal
        });
    }
    finally {
        await client.close();
    }
}

;// CONCATENATED MODULE: ./src/build-and-report.ts






const realParts = {
    runSweep: runSweep,
    runBuild: runBuild,
    writeManifest: writeManifest,
    newBuildId: () => newBuildId(),
    now: () => performance.now()
};
function asError(error) {
    return error instanceof Error ? error : new Error(String(error));
}
/** Sweep (if asked), build (unless only sweeping), manifest, outputs. Never throws: see failure. */
async function buildAndReport(request, parts = realParts) {
    const { config, signal } = request;
    const onlySweep = request.sweepOnly === true || sweepsOnly(config);
    const report = { outputs: {} };
    if (onlySweep || config.cleanupOrphans > 0) {
        try {
            report.sweep = await log.group('Sweeping orphaned resources', () => parts.runSweep(config, signal));
        }
        catch (error) {
            if (onlySweep || signal.aborted)
                return { ...report, failure: asError(error) };
            log.warning(`The orphan sweep failed; building anyway. ${asError(error).message}`);
        }
    }
    if (report.sweep) {
        report.outputs.orphans_deleted = report.sweep.deleted.map((orphan) => orphan.id).join(' ');
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
            log.info('omi_name is not set: the orphan sweep was the whole run, no OMI is built.');
        }
        return report;
    }
    const started = parts.now();
    const buildId = parts.newBuildId();
    const journalPath = journalPathFor(buildId);
    request.onBuildStart?.({ buildId, journalPath });
    let run;
    try {
        const part = request.part ? { part: request.part } : {};
        run = await parts.runBuild({ config, buildId, journalPath, signal, ...part });
    }
    catch (error) {
        // Thrown before anything was created (not on an Outscale VM, not root, wrong region).
        return { ...report, failure: asError(error) };
    }
    if (request.part === 'prepare' && !config.dryRun && !run.result.error) {
        log.info(`The chroot at ${run.context.mountPath} is ready; build ${buildId} stays open.`);
        return { ...report, opened: run };
    }
    return reportBuild(report, run, (parts.now() - started) / 1000, parts);
}
/**
 * A build that ran to its end (all-in-one, or split mode's finish): its manifest, its outputs,
 * and its failure if it failed. `seconds` is its duration (see the top of this file).
 */
function reportBuild(report, run, seconds, parts = realParts) {
    const { context, result } = run;
    const manifestPath = manifestPathFor(context.buildId);
    parts.writeManifest(manifestPath, context, result, seconds);
    report.build = { context, result, manifestPath, seconds };
    Object.assign(report.outputs, buildOutputs(context, manifestPath, seconds));
    if (result.error)
        return { ...report, failure: result.error };
    log.info(context.config.dryRun
        ? 'dry_run: every check passed; nothing was created.'
        : `OMI ${context.image?.ImageId} is ready.`);
    return report;
}

;// CONCATENATED MODULE: ./src/cancel-on-signals.ts


/**
 * GitHub sends SIGINT, then SIGTERM, to a cancelled step (Ctrl-C does the first on a terminal):
 * the build stops at its next safe point and cleans up. The returned signal aborts on the first.
 */
function abortOnSignals() {
    const controller = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.on(signal, () => {
            if (controller.signal.aborted)
                return;
            log.warning(`${signal} received: stopping the build and cleaning up.`);
            controller.abort(new CancelledError(`the build was cancelled (${signal})`));
        });
    }
    return controller.signal;
}

;// CONCATENATED MODULE: ./src/main.ts







async function writeSweepSummary(report) {
    const rows = sweepSummaryRows(report);
    lib_core/* summary */.z.addHeading('Orphan sweep', 3).addRaw(sweepSummaryLine(report), true);
    if (rows.length > 0) {
        lib_core/* summary */.z.addTable([
            ['Resource', 'Build', 'Result'].map((data) => ({ data, header: true })),
            ...rows
        ]);
    }
    await lib_core/* summary */.z.write();
}
async function writeBuildSummary({ context, result, seconds }) {
    const title = result.outcome === 'succeeded'
        ? `OMI ${context.image?.ImageId} built`
        : `OMI build ${result.outcome}`;
    await lib_core/* summary */.z
        .addHeading(title, 2)
        .addTable(summaryFacts(context, result, seconds).map(([label, value]) => [
        { data: label, header: true },
        value
    ]))
        .addHeading('Steps', 3)
        .addTable([
        [
            { data: 'Step', header: true },
            { data: 'Status', header: true },
            { data: 'Seconds', header: true }
        ],
        ...result.timings.map((t) => [t.title, t.status, t.seconds.toFixed(1)])
    ])
        .write();
}
function fail(error) {
    if (error instanceof ConfigError) {
        // One annotation per problem, so each shows on its own in the run's summary.
        for (const problem of error.problems)
            lib_core/* error */.z3(problem);
        const count = error.problems.length;
        lib_core/* setFailed */.C1(`The configuration has ${count} problem${count === 1 ? '' : 's'} (listed above).`);
    }
    else {
        lib_core/* setFailed */.C1(error instanceof Error ? error.message : String(error));
    }
}
/** The main step: inputs in; outputs, job summary and the step's failure out (only here). */
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
            lib_core/* setOutput */.uH(name, value);
        if (report.build)
            await writeBuildSummary(report.build);
        if (report.failure)
            fail(report.failure);
    }
    catch (error) {
        fail(error);
    }
}


/***/ })

};
