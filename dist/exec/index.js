#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__unused_actions_http_client_mjs_ea6512f3__ from "./unused/actions-http-client.mjs";
import * as __WEBPACK_EXTERNAL_MODULE__unused_actions_exec_mjs_045169fb__ from "./unused/actions-exec.mjs";
var __webpack_modules__ = {
  /***/
  8832: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var aws42 = exports, url = __nccwpck_require__2(7016), querystring = __nccwpck_require__2(3480), crypto2 = __nccwpck_require__2(6982), lru = __nccwpck_require__2(2638), credentialsCache = lru(1e3);
      function hmac(key, string, encoding) {
        return crypto2.createHmac("sha256", key).update(string, "utf8").digest(encoding);
      }
      function hash(string, encoding) {
        return crypto2.createHash("sha256").update(string, "utf8").digest(encoding);
      }
      function encodeRfc3986(urlEncodedString) {
        return urlEncodedString.replace(/[!'()*]/g, function(c) {
          return "%" + c.charCodeAt(0).toString(16).toUpperCase();
        });
      }
      function encodeRfc3986Full(str) {
        return encodeRfc3986(encodeURIComponent(str));
      }
      var HEADERS_TO_IGNORE = {
        "authorization": true,
        "connection": true,
        "x-amzn-trace-id": true,
        "user-agent": true,
        "expect": true,
        "presigned-expires": true,
        "range": true
      };
      function RequestSigner(request, credentials) {
        if (typeof request === "string") request = url.parse(request);
        var headers = request.headers = Object.assign({}, request.headers || {}), hostParts = (!this.service || !this.region) && this.matchHost(request.hostname || request.host || headers.Host || headers.host);
        this.request = request;
        this.credentials = credentials || this.defaultCredentials();
        this.service = request.service || hostParts[0] || "";
        this.region = request.region || hostParts[1] || "us-east-1";
        if (this.service === "email") this.service = "ses";
        if (!request.method && request.body)
          request.method = "POST";
        if (!headers.Host && !headers.host) {
          headers.Host = request.hostname || request.host || this.createHost();
          if (request.port)
            headers.Host += ":" + request.port;
        }
        if (!request.hostname && !request.host)
          request.hostname = headers.Host || headers.host;
        this.isCodeCommitGit = this.service === "codecommit" && request.method === "GIT";
        this.extraHeadersToIgnore = request.extraHeadersToIgnore || /* @__PURE__ */ Object.create(null);
        this.extraHeadersToInclude = request.extraHeadersToInclude || /* @__PURE__ */ Object.create(null);
      }
      RequestSigner.prototype.matchHost = function(host) {
        var match = (host || "").match(/([^\.]{1,63})\.(?:([^\.]{0,63})\.)?amazonaws\.com(\.cn)?$/);
        var hostParts = (match || []).slice(1, 3);
        if (hostParts[1] === "es" || hostParts[1] === "aoss")
          hostParts = hostParts.reverse();
        if (hostParts[1] == "s3") {
          hostParts[0] = "s3";
          hostParts[1] = "us-east-1";
        } else {
          for (var i = 0; i < 2; i++) {
            if (/^s3-/.test(hostParts[i])) {
              hostParts[1] = hostParts[i].slice(3);
              hostParts[0] = "s3";
              break;
            }
          }
        }
        return hostParts;
      };
      RequestSigner.prototype.isSingleRegion = function() {
        if (["s3", "sdb"].indexOf(this.service) >= 0 && this.region === "us-east-1") return true;
        return ["cloudfront", "ls", "route53", "iam", "importexport", "sts"].indexOf(this.service) >= 0;
      };
      RequestSigner.prototype.createHost = function() {
        var region = this.isSingleRegion() ? "" : "." + this.region, subdomain = this.service === "ses" ? "email" : this.service;
        return subdomain + region + ".amazonaws.com";
      };
      RequestSigner.prototype.prepareRequest = function() {
        this.parsePath();
        var request = this.request, headers = request.headers, query;
        if (request.signQuery) {
          this.parsedPath.query = query = this.parsedPath.query || {};
          if (this.credentials.sessionToken)
            query["X-Amz-Security-Token"] = this.credentials.sessionToken;
          if (this.service === "s3" && !query["X-Amz-Expires"])
            query["X-Amz-Expires"] = 86400;
          if (query["X-Amz-Date"])
            this.datetime = query["X-Amz-Date"];
          else
            query["X-Amz-Date"] = this.getDateTime();
          query["X-Amz-Algorithm"] = "AWS4-HMAC-SHA256";
          query["X-Amz-Credential"] = this.credentials.accessKeyId + "/" + this.credentialString();
          query["X-Amz-SignedHeaders"] = this.signedHeaders();
        } else {
          if (!request.doNotModifyHeaders && !this.isCodeCommitGit) {
            if (request.body && !headers["Content-Type"] && !headers["content-type"])
              headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
            if (request.body && !headers["Content-Length"] && !headers["content-length"])
              headers["Content-Length"] = Buffer.byteLength(request.body);
            if (this.credentials.sessionToken && !headers["X-Amz-Security-Token"] && !headers["x-amz-security-token"])
              headers["X-Amz-Security-Token"] = this.credentials.sessionToken;
            if (this.service === "s3" && !headers["X-Amz-Content-Sha256"] && !headers["x-amz-content-sha256"])
              headers["X-Amz-Content-Sha256"] = hash(this.request.body || "", "hex");
            if (headers["X-Amz-Date"] || headers["x-amz-date"])
              this.datetime = headers["X-Amz-Date"] || headers["x-amz-date"];
            else
              headers["X-Amz-Date"] = this.getDateTime();
          }
          delete headers.Authorization;
          delete headers.authorization;
        }
      };
      RequestSigner.prototype.sign = function() {
        if (!this.parsedPath) this.prepareRequest();
        if (this.request.signQuery) {
          this.parsedPath.query["X-Amz-Signature"] = this.signature();
        } else {
          this.request.headers.Authorization = this.authHeader();
        }
        this.request.path = this.formatPath();
        return this.request;
      };
      RequestSigner.prototype.getDateTime = function() {
        if (!this.datetime) {
          var headers = this.request.headers, date = new Date(headers.Date || headers.date || /* @__PURE__ */ new Date());
          this.datetime = date.toISOString().replace(/[:\-]|\.\d{3}/g, "");
          if (this.isCodeCommitGit) this.datetime = this.datetime.slice(0, -1);
        }
        return this.datetime;
      };
      RequestSigner.prototype.getDate = function() {
        return this.getDateTime().substr(0, 8);
      };
      RequestSigner.prototype.authHeader = function() {
        return [
          "AWS4-HMAC-SHA256 Credential=" + this.credentials.accessKeyId + "/" + this.credentialString(),
          "SignedHeaders=" + this.signedHeaders(),
          "Signature=" + this.signature()
        ].join(", ");
      };
      RequestSigner.prototype.signature = function() {
        var date = this.getDate(), cacheKey = [this.credentials.secretAccessKey, date, this.region, this.service].join(), kDate, kRegion, kService, kCredentials = credentialsCache.get(cacheKey);
        if (!kCredentials) {
          kDate = hmac("AWS4" + this.credentials.secretAccessKey, date);
          kRegion = hmac(kDate, this.region);
          kService = hmac(kRegion, this.service);
          kCredentials = hmac(kService, "aws4_request");
          credentialsCache.set(cacheKey, kCredentials);
        }
        return hmac(kCredentials, this.stringToSign(), "hex");
      };
      RequestSigner.prototype.stringToSign = function() {
        return [
          "AWS4-HMAC-SHA256",
          this.getDateTime(),
          this.credentialString(),
          hash(this.canonicalString(), "hex")
        ].join("\n");
      };
      RequestSigner.prototype.canonicalString = function() {
        if (!this.parsedPath) this.prepareRequest();
        var pathStr = this.parsedPath.path, query = this.parsedPath.query, headers = this.request.headers, queryStr = "", normalizePath = this.service !== "s3", decodePath = this.service === "s3" || this.request.doNotEncodePath, decodeSlashesInPath = this.service === "s3", firstValOnly = this.service === "s3", bodyHash;
        if (this.service === "s3" && this.request.signQuery) {
          bodyHash = "UNSIGNED-PAYLOAD";
        } else if (this.isCodeCommitGit) {
          bodyHash = "";
        } else {
          bodyHash = headers["X-Amz-Content-Sha256"] || headers["x-amz-content-sha256"] || hash(this.request.body || "", "hex");
        }
        if (query) {
          var reducedQuery = Object.keys(query).reduce(function(obj, key) {
            if (!key) return obj;
            obj[encodeRfc3986Full(key)] = !Array.isArray(query[key]) ? query[key] : firstValOnly ? query[key][0] : query[key];
            return obj;
          }, {});
          var encodedQueryPieces = [];
          Object.keys(reducedQuery).sort().forEach(function(key) {
            if (!Array.isArray(reducedQuery[key])) {
              encodedQueryPieces.push(key + "=" + encodeRfc3986Full(reducedQuery[key]));
            } else {
              reducedQuery[key].map(encodeRfc3986Full).sort().forEach(function(val) {
                encodedQueryPieces.push(key + "=" + val);
              });
            }
          });
          queryStr = encodedQueryPieces.join("&");
        }
        if (pathStr !== "/") {
          if (normalizePath) pathStr = pathStr.replace(/\/{2,}/g, "/");
          pathStr = pathStr.split("/").reduce(function(path2, piece) {
            if (normalizePath && piece === "..") {
              path2.pop();
            } else if (!normalizePath || piece !== ".") {
              if (decodePath) piece = decodeURIComponent(piece.replace(/\+/g, " "));
              path2.push(encodeRfc3986Full(piece));
            }
            return path2;
          }, []).join("/");
          if (pathStr[0] !== "/") pathStr = "/" + pathStr;
          if (decodeSlashesInPath) pathStr = pathStr.replace(/%2F/g, "/");
        }
        return [
          this.request.method || "GET",
          pathStr,
          queryStr,
          this.canonicalHeaders() + "\n",
          this.signedHeaders(),
          bodyHash
        ].join("\n");
      };
      RequestSigner.prototype.filterHeaders = function() {
        var headers = this.request.headers, extraHeadersToInclude = this.extraHeadersToInclude, extraHeadersToIgnore = this.extraHeadersToIgnore;
        this.filteredHeaders = Object.keys(headers).map(function(key) {
          return [key.toLowerCase(), headers[key]];
        }).filter(function(entry) {
          return extraHeadersToInclude[entry[0]] || HEADERS_TO_IGNORE[entry[0]] == null && !extraHeadersToIgnore[entry[0]];
        }).sort(function(a, b) {
          return a[0] < b[0] ? -1 : 1;
        });
      };
      RequestSigner.prototype.canonicalHeaders = function() {
        if (!this.filteredHeaders) this.filterHeaders();
        return this.filteredHeaders.map(function(entry) {
          return entry[0] + ":" + entry[1].toString().trim().replace(/\s+/g, " ");
        }).join("\n");
      };
      RequestSigner.prototype.signedHeaders = function() {
        if (!this.filteredHeaders) this.filterHeaders();
        return this.filteredHeaders.map(function(entry) {
          return entry[0];
        }).join(";");
      };
      RequestSigner.prototype.credentialString = function() {
        return [
          this.getDate(),
          this.region,
          this.service,
          "aws4_request"
        ].join("/");
      };
      RequestSigner.prototype.defaultCredentials = function() {
        var env = process.env;
        return {
          accessKeyId: env.AWS_ACCESS_KEY_ID || env.AWS_ACCESS_KEY,
          secretAccessKey: env.AWS_SECRET_ACCESS_KEY || env.AWS_SECRET_KEY,
          sessionToken: env.AWS_SESSION_TOKEN
        };
      };
      RequestSigner.prototype.parsePath = function() {
        var path2 = this.request.path || "/";
        if (/[^0-9A-Za-z;,/?:@&=+$\-_.!~*'()#%]/.test(path2)) {
          path2 = encodeURI(decodeURI(path2));
        }
        var queryIx = path2.indexOf("?"), query = null;
        if (queryIx >= 0) {
          query = querystring.parse(path2.slice(queryIx + 1));
          path2 = path2.slice(0, queryIx);
        }
        this.parsedPath = {
          path: path2,
          query
        };
      };
      RequestSigner.prototype.formatPath = function() {
        var path2 = this.parsedPath.path, query = this.parsedPath.query;
        if (!query) return path2;
        if (query[""] != null) delete query[""];
        return path2 + "?" + encodeRfc3986(querystring.stringify(query));
      };
      aws42.RequestSigner = RequestSigner;
      aws42.sign = function(request, credentials) {
        return new RequestSigner(request, credentials).sign();
      };
    })
  ),
  /***/
  2638: (
    /***/
    ((module) => {
      module.exports = function(size) {
        return new LruCache(size);
      };
      function LruCache(size) {
        this.capacity = size | 0;
        this.map = /* @__PURE__ */ Object.create(null);
        this.list = new DoublyLinkedList();
      }
      LruCache.prototype.get = function(key) {
        var node = this.map[key];
        if (node == null) return void 0;
        this.used(node);
        return node.val;
      };
      LruCache.prototype.set = function(key, val) {
        var node = this.map[key];
        if (node != null) {
          node.val = val;
        } else {
          if (!this.capacity) this.prune();
          if (!this.capacity) return false;
          node = new DoublyLinkedNode(key, val);
          this.map[key] = node;
          this.capacity--;
        }
        this.used(node);
        return true;
      };
      LruCache.prototype.used = function(node) {
        this.list.moveToFront(node);
      };
      LruCache.prototype.prune = function() {
        var node = this.list.pop();
        if (node != null) {
          delete this.map[node.key];
          this.capacity++;
        }
      };
      function DoublyLinkedList() {
        this.firstNode = null;
        this.lastNode = null;
      }
      DoublyLinkedList.prototype.moveToFront = function(node) {
        if (this.firstNode == node) return;
        this.remove(node);
        if (this.firstNode == null) {
          this.firstNode = node;
          this.lastNode = node;
          node.prev = null;
          node.next = null;
        } else {
          node.prev = null;
          node.next = this.firstNode;
          node.next.prev = node;
          this.firstNode = node;
        }
      };
      DoublyLinkedList.prototype.pop = function() {
        var lastNode = this.lastNode;
        if (lastNode != null) {
          this.remove(lastNode);
        }
        return lastNode;
      };
      DoublyLinkedList.prototype.remove = function(node) {
        if (this.firstNode == node) {
          this.firstNode = node.next;
        } else if (node.prev != null) {
          node.prev.next = node.next;
        }
        if (this.lastNode == node) {
          this.lastNode = node.prev;
        } else if (node.next != null) {
          node.next.prev = node.prev;
        }
      };
      function DoublyLinkedNode(key, val) {
        this.key = key;
        this.val = val;
        this.prev = null;
        this.next = null;
      }
    })
  ),
  /***/
  1916: (
    /***/
    ((__unused_webpack_module, exports) => {
      var __webpack_unused_export__;
      __webpack_unused_export__ = true;
      __webpack_unused_export__ = __webpack_unused_export__ = void 0;
      var peq = new Uint32Array(65536);
      var myers_32 = function(a, b) {
        var n = a.length;
        var m = b.length;
        var lst = 1 << n - 1;
        var pv = -1;
        var mv = 0;
        var sc = n;
        var i = n;
        while (i--) {
          peq[a.charCodeAt(i)] |= 1 << i;
        }
        for (i = 0; i < m; i++) {
          var eq = peq[b.charCodeAt(i)];
          var xv = eq | mv;
          eq |= (eq & pv) + pv ^ pv;
          mv |= ~(eq | pv);
          pv &= eq;
          if (mv & lst) {
            sc++;
          }
          if (pv & lst) {
            sc--;
          }
          mv = mv << 1 | 1;
          pv = pv << 1 | ~(xv | mv);
          mv &= xv;
        }
        i = n;
        while (i--) {
          peq[a.charCodeAt(i)] = 0;
        }
        return sc;
      };
      var myers_x = function(b, a) {
        var n = a.length;
        var m = b.length;
        var mhc = [];
        var phc = [];
        var hsize = Math.ceil(n / 32);
        var vsize = Math.ceil(m / 32);
        for (var i = 0; i < hsize; i++) {
          phc[i] = -1;
          mhc[i] = 0;
        }
        var j = 0;
        for (; j < vsize - 1; j++) {
          var mv_1 = 0;
          var pv_1 = -1;
          var start_1 = j * 32;
          var vlen_1 = Math.min(32, m) + start_1;
          for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
          }
          for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = phc[i / 32 | 0] >>> i & 1;
            var mb = mhc[i / 32 | 0] >>> i & 1;
            var xv = eq | mv_1;
            var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if (ph >>> 31 ^ pb) {
              phc[i / 32 | 0] ^= 1 << i;
            }
            if (mh >>> 31 ^ mb) {
              mhc[i / 32 | 0] ^= 1 << i;
            }
            ph = ph << 1 | pb;
            mh = mh << 1 | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
          }
          for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
          }
        }
        var mv = 0;
        var pv = -1;
        var start = j * 32;
        var vlen = Math.min(32, m - start) + start;
        for (var k = start; k < vlen; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        var score = m;
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv;
          var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
          var ph = mv | ~(xh | pv);
          var mh = pv & xh;
          score += ph >>> m - 1 & 1;
          score -= mh >>> m - 1 & 1;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv = mh | ~(xv | ph);
          mv = ph & xv;
        }
        for (var k = start; k < vlen; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
        return score;
      };
      var distance2 = function(a, b) {
        if (a.length < b.length) {
          var tmp = b;
          b = a;
          a = tmp;
        }
        if (b.length === 0) {
          return a.length;
        }
        if (a.length <= 32) {
          return myers_32(a, b);
        }
        return myers_x(a, b);
      };
      __webpack_unused_export__ = distance2;
      var closest2 = function(str, arr) {
        var min_distance = Infinity;
        var min_index = 0;
        for (var i = 0; i < arr.length; i++) {
          var dist = distance2(str, arr[i]);
          if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
          }
        }
        return arr[min_index];
      };
      __webpack_unused_export__ = closest2;
    })
  ),
  /***/
  2150: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _handlebarsRuntime = __nccwpck_require__2(9476);
      var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
      var _handlebarsCompilerAst = __nccwpck_require__2(2427);
      var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
      var _handlebarsCompilerBase = __nccwpck_require__2(8406);
      var _handlebarsCompilerCompiler = __nccwpck_require__2(174);
      var _handlebarsCompilerJavascriptCompiler = __nccwpck_require__2(9424);
      var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
      var _handlebarsCompilerVisitor = __nccwpck_require__2(7749);
      var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
      var _handlebarsNoConflict = __nccwpck_require__2(9309);
      var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
      var _create = _handlebarsRuntime2["default"].create;
      function create() {
        var hb = _create();
        hb.compile = function(input, options) {
          return _handlebarsCompilerCompiler.compile(input, options, hb);
        };
        hb.precompile = function(input, options) {
          return _handlebarsCompilerCompiler.precompile(input, options, hb);
        };
        hb.AST = _handlebarsCompilerAst2["default"];
        hb.Compiler = _handlebarsCompilerCompiler.Compiler;
        hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
        hb.Parser = _handlebarsCompilerBase.parser;
        hb.parse = _handlebarsCompilerBase.parse;
        hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
        return hb;
      }
      var inst = create();
      inst.create = create;
      _handlebarsNoConflict2["default"](inst);
      inst.Visitor = _handlebarsCompilerVisitor2["default"];
      inst["default"] = inst;
      exports["default"] = inst;
      module.exports = exports["default"];
    })
  ),
  /***/
  9476: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      function _interopRequireWildcard(obj) {
        if (obj && obj.__esModule) {
          return obj;
        } else {
          var newObj = {};
          if (obj != null) {
            for (var key in obj) {
              if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
            }
          }
          newObj["default"] = obj;
          return newObj;
        }
      }
      var _handlebarsBase = __nccwpck_require__2(7280);
      var base = _interopRequireWildcard(_handlebarsBase);
      var _handlebarsSafeString = __nccwpck_require__2(7544);
      var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
      var _handlebarsException = __nccwpck_require__2(9252);
      var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
      var _handlebarsUtils = __nccwpck_require__2(8272);
      var Utils = _interopRequireWildcard(_handlebarsUtils);
      var _handlebarsRuntime = __nccwpck_require__2(3569);
      var runtime = _interopRequireWildcard(_handlebarsRuntime);
      var _handlebarsNoConflict = __nccwpck_require__2(9309);
      var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
      function create() {
        var hb = new base.HandlebarsEnvironment();
        Utils.extend(hb, base);
        hb.SafeString = _handlebarsSafeString2["default"];
        hb.Exception = _handlebarsException2["default"];
        hb.Utils = Utils;
        hb.escapeExpression = Utils.escapeExpression;
        hb.VM = runtime;
        hb.template = function(spec) {
          return runtime.template(spec, hb);
        };
        return hb;
      }
      var inst = create();
      inst.create = create;
      _handlebarsNoConflict2["default"](inst);
      inst["default"] = inst;
      exports["default"] = inst;
      module.exports = exports["default"];
    })
  ),
  /***/
  7280: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      exports.HandlebarsEnvironment = HandlebarsEnvironment;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _utils = __nccwpck_require__2(8272);
      var _exception = __nccwpck_require__2(9252);
      var _exception2 = _interopRequireDefault(_exception);
      var _helpers = __nccwpck_require__2(5248);
      var _decorators = __nccwpck_require__2(1447);
      var _logger = __nccwpck_require__2(8525);
      var _logger2 = _interopRequireDefault(_logger);
      var _internalProtoAccess = __nccwpck_require__2(4784);
      var VERSION = "4.7.10";
      exports.VERSION = VERSION;
      var COMPILER_REVISION = 8;
      exports.COMPILER_REVISION = COMPILER_REVISION;
      var LAST_COMPATIBLE_COMPILER_REVISION = 7;
      exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
      var REVISION_CHANGES = {
        1: "<= 1.0.rc.2",
        // 1.0.rc.2 is actually rev2 but doesn't report it
        2: "== 1.0.0-rc.3",
        3: "== 1.0.0-rc.4",
        4: "== 1.x.x",
        5: "== 2.0.0-alpha.x",
        6: ">= 2.0.0-beta.1",
        7: ">= 4.0.0 <4.3.0",
        8: ">= 4.3.0"
      };
      exports.REVISION_CHANGES = REVISION_CHANGES;
      var objectType = "[object Object]";
      function HandlebarsEnvironment(helpers, partials, decorators) {
        this.helpers = helpers || {};
        this.partials = partials || {};
        this.decorators = decorators || {};
        _helpers.registerDefaultHelpers(this);
        _decorators.registerDefaultDecorators(this);
      }
      HandlebarsEnvironment.prototype = {
        constructor: HandlebarsEnvironment,
        logger: _logger2["default"],
        log: _logger2["default"].log,
        registerHelper: function registerHelper(name, fn) {
          if (_utils.toString.call(name) === objectType) {
            if (fn) {
              throw new _exception2["default"]("Arg not supported with multiple helpers");
            }
            _utils.extend(this.helpers, name);
          } else {
            this.helpers[name] = fn;
          }
        },
        unregisterHelper: function unregisterHelper(name) {
          delete this.helpers[name];
        },
        registerPartial: function registerPartial(name, partial) {
          if (_utils.toString.call(name) === objectType) {
            _utils.extend(this.partials, name);
          } else {
            if (typeof partial === "undefined") {
              throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
            }
            this.partials[name] = partial;
          }
        },
        unregisterPartial: function unregisterPartial(name) {
          delete this.partials[name];
        },
        registerDecorator: function registerDecorator(name, fn) {
          if (_utils.toString.call(name) === objectType) {
            if (fn) {
              throw new _exception2["default"]("Arg not supported with multiple decorators");
            }
            _utils.extend(this.decorators, name);
          } else {
            this.decorators[name] = fn;
          }
        },
        unregisterDecorator: function unregisterDecorator(name) {
          delete this.decorators[name];
        },
        /**
         * Reset the memory of illegal property accesses that have already been logged.
         * @deprecated should only be used in handlebars test-cases
         */
        resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
          _internalProtoAccess.resetLoggedProperties();
        }
      };
      var log2 = _logger2["default"].log;
      exports.log = log2;
      exports.createFrame = _utils.createFrame;
      exports.logger = _logger2["default"];
    })
  ),
  /***/
  2427: (
    /***/
    ((module, exports) => {
      exports.__esModule = true;
      var AST = {
        // Public API used to evaluate derived attributes regarding AST nodes
        helpers: {
          // a mustache is definitely a helper if:
          // * it is an eligible helper, and
          // * it has at least one parameter or hash segment
          helperExpression: function helperExpression(node) {
            return node.type === "SubExpression" || (node.type === "MustacheStatement" || node.type === "BlockStatement") && !!(node.params && node.params.length || node.hash);
          },
          scopedId: function scopedId(path2) {
            return /^\.|this\b/.test(path2.original);
          },
          // an ID is simple if it only has one part, and that part is not
          // `..` or `this`.
          simpleId: function simpleId(path2) {
            return path2.parts.length === 1 && !AST.helpers.scopedId(path2) && !path2.depth;
          }
        }
      };
      exports["default"] = AST;
      module.exports = exports["default"];
    })
  ),
  /***/
  8406: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      exports.parseWithoutProcessing = parseWithoutProcessing;
      exports.parse = parse2;
      function _interopRequireWildcard(obj) {
        if (obj && obj.__esModule) {
          return obj;
        } else {
          var newObj = {};
          if (obj != null) {
            for (var key in obj) {
              if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
            }
          }
          newObj["default"] = obj;
          return newObj;
        }
      }
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _parser = __nccwpck_require__2(1060);
      var _parser2 = _interopRequireDefault(_parser);
      var _whitespaceControl = __nccwpck_require__2(9422);
      var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
      var _helpers = __nccwpck_require__2(7914);
      var Helpers = _interopRequireWildcard(_helpers);
      var _utils = __nccwpck_require__2(8272);
      exports.parser = _parser2["default"];
      var yy = {};
      _utils.extend(yy, Helpers);
      function parseWithoutProcessing(input, options) {
        if (input.type === "Program") {
          return input;
        }
        _parser2["default"].yy = yy;
        yy.locInfo = function(locInfo) {
          return new yy.SourceLocation(options && options.srcName, locInfo);
        };
        var ast = _parser2["default"].parse(input);
        return ast;
      }
      function parse2(input, options) {
        var ast = parseWithoutProcessing(input, options);
        var strip = new _whitespaceControl2["default"](options);
        return strip.accept(ast);
      }
    })
  ),
  /***/
  8037: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      exports.safeJsonLiteral = safeJsonLiteral;
      var _utils = __nccwpck_require__2(8272);
      var NEEDS_ESCAPING = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/;
      var SCRIPT_DELIMITERS = /<(?=!--|\/?script)/gi;
      function escapeScriptDelimiters(code) {
        return code.replace(SCRIPT_DELIMITERS, "\\u003C");
      }
      function escapeSurrogate(surrogate) {
        return "\\u" + surrogate.charCodeAt(0).toString(16);
      }
      function safeJsonLiteral(value) {
        return escapeScriptDelimiters(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, escapeSurrogate));
      }
      var SourceNode = void 0;
      try {
        if (typeof define !== "function" || !define.amd) {
          var SourceMap = __nccwpck_require__2(4979);
          SourceNode = SourceMap.SourceNode;
        }
      } catch (err) {
      }
      if (!SourceNode) {
        SourceNode = function(line, column, srcFile, chunks) {
          this.src = "";
          if (chunks) {
            this.add(chunks);
          }
        };
        SourceNode.prototype = {
          add: function add(chunks) {
            if (_utils.isArray(chunks)) {
              chunks = chunks.join("");
            }
            this.src += chunks;
          },
          prepend: function prepend(chunks) {
            if (_utils.isArray(chunks)) {
              chunks = chunks.join("");
            }
            this.src = chunks + this.src;
          },
          toStringWithSourceMap: function toStringWithSourceMap() {
            return { code: this.toString() };
          },
          toString: function toString() {
            return this.src;
          }
        };
      }
      function castChunk(chunk, codeGen, loc) {
        if (_utils.isArray(chunk)) {
          var ret = [];
          for (var i = 0, len = chunk.length; i < len; i++) {
            ret.push(codeGen.wrap(chunk[i], loc));
          }
          return ret;
        } else if (typeof chunk === "boolean" || typeof chunk === "number") {
          return chunk + "";
        }
        return chunk;
      }
      function CodeGen(srcFile) {
        this.srcFile = srcFile;
        this.source = [];
      }
      CodeGen.prototype = {
        isEmpty: function isEmpty() {
          return !this.source.length;
        },
        prepend: function prepend(source, loc) {
          this.source.unshift(this.wrap(source, loc));
        },
        push: function push(source, loc) {
          this.source.push(this.wrap(source, loc));
        },
        merge: function merge() {
          var source = this.empty();
          this.each(function(line) {
            source.add(["  ", line, "\n"]);
          });
          return source;
        },
        each: function each(iter) {
          for (var i = 0, len = this.source.length; i < len; i++) {
            iter(this.source[i]);
          }
        },
        empty: function empty() {
          var loc = this.currentLocation || { start: {} };
          return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
        },
        wrap: function wrap(chunk) {
          var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
          if (chunk instanceof SourceNode) {
            return chunk;
          }
          chunk = castChunk(chunk, this, loc);
          return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
        },
        functionCall: function functionCall(fn, type, params) {
          params = this.generateList(params);
          return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
        },
        quotedString: function quotedString(str) {
          str = str + "";
          if (!NEEDS_ESCAPING.test(str)) {
            return '"' + str + '"';
          }
          return safeJsonLiteral(str);
        },
        objectLiteral: function objectLiteral(obj) {
          var _this = this;
          var pairs = [];
          Object.keys(obj).forEach(function(key) {
            var value = castChunk(obj[key], _this);
            if (value !== "undefined") {
              pairs.push([_this.quotedString(key), ":", value]);
            }
          });
          var ret = this.generateList(pairs);
          ret.prepend("{");
          ret.add("}");
          return ret;
        },
        generateList: function generateList(entries) {
          var ret = this.empty();
          for (var i = 0, len = entries.length; i < len; i++) {
            if (i) {
              ret.add(",");
            }
            ret.add(castChunk(entries[i], this));
          }
          return ret;
        },
        generateArray: function generateArray(entries) {
          var ret = this.generateList(entries);
          ret.prepend("[");
          ret.add("]");
          return ret;
        }
      };
      exports["default"] = CodeGen;
    })
  ),
  /***/
  174: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      exports.Compiler = Compiler;
      exports.precompile = precompile;
      exports.compile = compile;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _exception = __nccwpck_require__2(9252);
      var _exception2 = _interopRequireDefault(_exception);
      var _utils = __nccwpck_require__2(8272);
      var _ast = __nccwpck_require__2(2427);
      var _ast2 = _interopRequireDefault(_ast);
      var _nodeTypes = __nccwpck_require__2(9815);
      var slice = [].slice;
      function Compiler() {
      }
      Compiler.prototype = {
        compiler: Compiler,
        equals: function equals(other) {
          var len = this.opcodes.length;
          if (other.opcodes.length !== len) {
            return false;
          }
          for (var i = 0; i < len; i++) {
            var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
            if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
              return false;
            }
          }
          len = this.children.length;
          for (var i = 0; i < len; i++) {
            if (!this.children[i].equals(other.children[i])) {
              return false;
            }
          }
          return true;
        },
        guid: 0,
        compile: function compile2(program, options) {
          this.sourceNode = [];
          this.opcodes = [];
          this.children = [];
          this.options = options;
          this.stringParams = options.stringParams;
          this.trackIds = options.trackIds;
          options.blockParams = options.blockParams || [];
          options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
            helperMissing: true,
            blockHelperMissing: true,
            each: true,
            "if": true,
            unless: true,
            "with": true,
            log: true,
            lookup: true
          }, options.knownHelpers);
          return this.accept(program);
        },
        compileProgram: function compileProgram(program) {
          var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid = this.guid++;
          this.usePartial = this.usePartial || result.usePartial;
          this.children[guid] = result;
          this.useDepths = this.useDepths || result.useDepths;
          return guid;
        },
        accept: function accept(node) {
          if (_utils.indexOf(_nodeTypes.NODE_TYPES, node.type) === -1 || !this[node.type]) {
            throw new _exception2["default"]("Unknown type: " + node.type, node);
          }
          this.sourceNode.unshift(node);
          var ret = this[node.type](node);
          this.sourceNode.shift();
          return ret;
        },
        Program: function Program(program) {
          validateBlockParams(program);
          this.options.blockParams.unshift(program.blockParams);
          var body = program.body, bodyLength = body.length;
          for (var i = 0; i < bodyLength; i++) {
            this.accept(body[i]);
          }
          this.options.blockParams.shift();
          this.isSimple = bodyLength === 1;
          this.blockParams = program.blockParams ? program.blockParams.length : 0;
          return this;
        },
        BlockStatement: function BlockStatement(block) {
          transformLiteralToPath(block);
          var program = block.program, inverse = block.inverse;
          program = program && this.compileProgram(program);
          inverse = inverse && this.compileProgram(inverse);
          var type = this.classifySexpr(block);
          if (type === "helper") {
            this.helperSexpr(block, program, inverse);
          } else if (type === "simple") {
            this.simpleSexpr(block);
            this.opcode("pushProgram", program);
            this.opcode("pushProgram", inverse);
            this.opcode("emptyHash");
            this.opcode("blockValue", block.path.original);
          } else {
            this.ambiguousSexpr(block, program, inverse);
            this.opcode("pushProgram", program);
            this.opcode("pushProgram", inverse);
            this.opcode("emptyHash");
            this.opcode("ambiguousBlockValue");
          }
          this.opcode("append");
        },
        DecoratorBlock: function DecoratorBlock(decorator) {
          var program = decorator.program && this.compileProgram(decorator.program);
          var params = this.setupFullMustacheParams(decorator, program, void 0), path2 = decorator.path;
          this.useDecorators = true;
          this.opcode("registerDecorator", params.length, path2.original);
        },
        PartialStatement: function PartialStatement(partial) {
          this.usePartial = true;
          var program = partial.program;
          if (program) {
            program = this.compileProgram(partial.program);
          }
          var params = partial.params;
          if (params.length > 1) {
            throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial);
          } else if (!params.length) {
            if (this.options.explicitPartialContext) {
              this.opcode("pushLiteral", "undefined");
            } else {
              params.push({ type: "PathExpression", parts: [], depth: 0 });
            }
          }
          var partialName = partial.name.original, isDynamic = partial.name.type === "SubExpression";
          if (isDynamic) {
            this.accept(partial.name);
          }
          this.setupFullMustacheParams(partial, program, void 0, true);
          var indent = partial.indent || "";
          if (this.options.preventIndent && indent) {
            this.opcode("appendContent", indent);
            indent = "";
          }
          this.opcode("invokePartial", isDynamic, partialName, indent);
          this.opcode("append");
        },
        PartialBlockStatement: function PartialBlockStatement(partialBlock) {
          this.PartialStatement(partialBlock);
        },
        MustacheStatement: function MustacheStatement(mustache) {
          this.SubExpression(mustache);
          if (mustache.escaped && !this.options.noEscape) {
            this.opcode("appendEscaped");
          } else {
            this.opcode("append");
          }
        },
        Decorator: function Decorator(decorator) {
          this.DecoratorBlock(decorator);
        },
        ContentStatement: function ContentStatement(content) {
          if (content.value != null && typeof content.value !== "string") {
            throw invalidAst(content, "value must be a string");
          }
          if (content.value) {
            this.opcode("appendContent", content.value);
          }
        },
        CommentStatement: function CommentStatement() {
        },
        SubExpression: function SubExpression(sexpr) {
          transformLiteralToPath(sexpr);
          var type = this.classifySexpr(sexpr);
          if (type === "simple") {
            this.simpleSexpr(sexpr);
          } else if (type === "helper") {
            this.helperSexpr(sexpr);
          } else {
            this.ambiguousSexpr(sexpr);
          }
        },
        ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
          var path2 = sexpr.path, name = path2.parts[0], isBlock = program != null || inverse != null;
          this.opcode("getContext", validateDepth(path2));
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          path2.strict = true;
          this.accept(path2);
          this.opcode("invokeAmbiguous", name, isBlock);
        },
        simpleSexpr: function simpleSexpr(sexpr) {
          var path2 = sexpr.path;
          path2.strict = true;
          this.accept(path2);
          this.opcode("resolvePossibleLambda");
        },
        helperSexpr: function helperSexpr(sexpr, program, inverse) {
          var params = this.setupFullMustacheParams(sexpr, program, inverse), path2 = sexpr.path, name = path2.parts[0];
          if (this.options.knownHelpers[name]) {
            this.opcode("invokeKnownHelper", params.length, name);
          } else if (this.options.knownHelpersOnly) {
            throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
          } else {
            path2.strict = true;
            path2.falsy = true;
            this.accept(path2);
            this.opcode("invokeHelper", params.length, path2.original, _ast2["default"].helpers.simpleId(path2));
          }
        },
        PathExpression: function PathExpression(path2) {
          var depth = validateDepth(path2);
          var parts = validateParts(path2);
          this.addDepth(depth);
          this.opcode("getContext", depth);
          var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path2), blockParamId = !depth && !scoped && this.blockParamIndex(name);
          if (blockParamId) {
            this.opcode("lookupBlockParam", blockParamId, parts);
          } else if (!name) {
            this.opcode("pushContext");
          } else if (path2.data) {
            this.options.data = true;
            this.opcode("lookupData", depth, parts, path2.strict);
          } else {
            this.opcode("lookupOnContext", parts, path2.falsy, path2.strict, scoped);
          }
        },
        StringLiteral: function StringLiteral(string) {
          validateLiteral(string);
          this.opcode("pushString", string.value);
        },
        NumberLiteral: function NumberLiteral(number) {
          validateLiteral(number);
          this.opcode("pushLiteral", number.value);
        },
        BooleanLiteral: function BooleanLiteral(bool) {
          validateLiteral(bool);
          this.opcode("pushLiteral", bool.value);
        },
        UndefinedLiteral: function UndefinedLiteral() {
          this.opcode("pushLiteral", "undefined");
        },
        NullLiteral: function NullLiteral() {
          this.opcode("pushLiteral", "null");
        },
        Hash: function Hash(hash) {
          var pairs = hash.pairs, i = 0, l = void 0;
          if (!_utils.isArray(pairs)) {
            throw invalidAst(hash, "pairs must be an array");
          }
          l = pairs.length;
          for (var j = 0; j < l; j++) {
            if (!pairs[j] || typeof pairs[j].key !== "string") {
              throw invalidAst(hash, "pair keys must be strings");
            }
          }
          this.opcode("pushHash");
          for (; i < l; i++) {
            this.pushParam(pairs[i].value);
          }
          while (i--) {
            this.opcode("assignToHash", pairs[i].key);
          }
          this.opcode("popHash");
        },
        // HELPERS
        opcode: function opcode(name) {
          this.opcodes.push({
            opcode: name,
            args: slice.call(arguments, 1),
            loc: this.sourceNode[0].loc
          });
        },
        addDepth: function addDepth(depth) {
          if (!depth) {
            return;
          }
          this.useDepths = true;
        },
        classifySexpr: function classifySexpr(sexpr) {
          validateParts(sexpr.path);
          var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
          var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
          var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
          var isEligible = !isBlockParam && (isHelper || isSimple);
          if (isEligible && !isHelper) {
            var _name = sexpr.path.parts[0], options = this.options;
            if (options.knownHelpers[_name]) {
              isHelper = true;
            } else if (options.knownHelpersOnly) {
              isEligible = false;
            }
          }
          if (isHelper) {
            return "helper";
          } else if (isEligible) {
            return "ambiguous";
          } else {
            return "simple";
          }
        },
        pushParams: function pushParams(params) {
          for (var i = 0, l = params.length; i < l; i++) {
            this.pushParam(params[i]);
          }
        },
        pushParam: function pushParam(val) {
          validateLiteral(val);
          var value = val.value != null ? val.value : val.original || "";
          var depth = validateDepth(val);
          if (this.stringParams) {
            if (typeof value !== "number" && typeof value !== "boolean") {
              value = String(value);
            }
            if (value.replace) {
              value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
            }
            if (depth) {
              this.addDepth(depth);
            }
            this.opcode("getContext", depth);
            this.opcode("pushStringParam", value, val.type);
            if (val.type === "SubExpression") {
              this.accept(val);
            }
          } else {
            if (this.trackIds) {
              var blockParamIndex = void 0;
              if (val.parts && !_ast2["default"].helpers.scopedId(val) && !depth) {
                blockParamIndex = this.blockParamIndex(validateParts(val)[0]);
              }
              if (blockParamIndex) {
                var blockParamChild = val.parts.slice(1).join(".");
                this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
              } else {
                value = val.original || value;
                if (value.replace) {
                  value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
                }
                this.opcode("pushId", val.type, value);
              }
            }
            this.accept(val);
          }
        },
        setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
          var params = sexpr.params;
          this.pushParams(params);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          if (sexpr.hash) {
            this.accept(sexpr.hash);
          } else {
            this.opcode("emptyHash", omitEmpty);
          }
          return params;
        },
        blockParamIndex: function blockParamIndex(name) {
          for (var depth = 0, len = this.options.blockParams.length; depth < len; depth++) {
            var blockParams = this.options.blockParams[depth], param = blockParams && _utils.indexOf(blockParams, name);
            if (blockParams && param >= 0) {
              return [depth, param];
            }
          }
        }
      };
      function precompile(input, options, env) {
        if (input == null || typeof input !== "string" && input.type !== "Program") {
          throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
        }
        options = options || {};
        if (!("data" in options)) {
          options.data = true;
        }
        if (options.compat) {
          options.useDepths = true;
        }
        var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options);
        return new env.JavaScriptCompiler().compile(environment, options);
      }
      function compile(input, options, env) {
        if (options === void 0) options = {};
        if (input == null || typeof input !== "string" && input.type !== "Program") {
          throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
        }
        options = _utils.extend({}, options);
        if (!("data" in options)) {
          options.data = true;
        }
        if (options.compat) {
          options.useDepths = true;
        }
        var compiled = void 0;
        function compileInput() {
          var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options), templateSpec = new env.JavaScriptCompiler().compile(environment, options, void 0, true);
          return env.template(templateSpec);
        }
        function ret(context, execOptions) {
          if (!compiled) {
            compiled = compileInput();
          }
          return compiled.call(this, context, execOptions);
        }
        ret._setup = function(setupOptions) {
          if (!compiled) {
            compiled = compileInput();
          }
          return compiled._setup(setupOptions);
        };
        ret._child = function(i, data, blockParams, depths) {
          if (!compiled) {
            compiled = compileInput();
          }
          return compiled._child(i, data, blockParams, depths);
        };
        return ret;
      }
      function invalidAst(node, message) {
        return new _exception2["default"]("Invalid AST: " + node.type + " " + message, node);
      }
      function validateDepth(node) {
        var depth = node.depth;
        if (depth == null) {
          return 0;
        }
        if (typeof depth !== "number" || !isFinite(depth) || Math.floor(depth) !== depth || depth < 0) {
          throw invalidAst(node, "depth must be a non-negative integer");
        }
        return depth;
      }
      function validateLiteral(node) {
        var value = node.value;
        if (node.type === "StringLiteral" && typeof value !== "string") {
          throw invalidAst(node, "value must be a string");
        } else if (node.type === "NumberLiteral" && typeof value !== "number") {
          throw invalidAst(node, "value must be a number");
        } else if (node.type === "BooleanLiteral" && typeof value !== "boolean") {
          throw invalidAst(node, "value must be a boolean");
        }
      }
      function validateStringArray(node, value, name) {
        if (!_utils.isArray(value)) {
          throw invalidAst(node, name + " must be an array");
        }
        for (var i = 0; i < value.length; i++) {
          if (typeof value[i] !== "string") {
            throw invalidAst(node, name + " must only contain strings");
          }
        }
        return value;
      }
      function validateParts(path2) {
        return validateStringArray(path2, path2.parts, "parts");
      }
      function validateBlockParams(program) {
        if (program.blockParams != null) {
          validateStringArray(program, program.blockParams, "blockParams");
        }
      }
      function argEquals(a, b) {
        if (a === b) {
          return true;
        }
        if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
          for (var i = 0; i < a.length; i++) {
            if (!argEquals(a[i], b[i])) {
              return false;
            }
          }
          return true;
        }
      }
      function transformLiteralToPath(sexpr) {
        if (!sexpr.path.parts) {
          var literal = sexpr.path;
          sexpr.path = {
            type: "PathExpression",
            data: false,
            depth: 0,
            parts: [literal.original + ""],
            original: literal.original + "",
            loc: literal.loc
          };
        }
      }
    })
  ),
  /***/
  7914: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      exports.SourceLocation = SourceLocation;
      exports.id = id;
      exports.stripFlags = stripFlags;
      exports.stripComment = stripComment;
      exports.preparePath = preparePath;
      exports.prepareMustache = prepareMustache;
      exports.prepareRawBlock = prepareRawBlock;
      exports.prepareBlock = prepareBlock;
      exports.prepareProgram = prepareProgram;
      exports.preparePartialBlock = preparePartialBlock;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _exception = __nccwpck_require__2(9252);
      var _exception2 = _interopRequireDefault(_exception);
      function validateClose(open, close) {
        close = close.path ? close.path.original : close;
        if (open.path.original !== close) {
          var errorNode = { loc: open.path.loc };
          throw new _exception2["default"](open.path.original + " doesn't match " + close, errorNode);
        }
      }
      function SourceLocation(source, locInfo) {
        this.source = source;
        this.start = {
          line: locInfo.first_line,
          column: locInfo.first_column
        };
        this.end = {
          line: locInfo.last_line,
          column: locInfo.last_column
        };
      }
      function id(token) {
        if (/^\[.*\]$/.test(token)) {
          return token.substring(1, token.length - 1);
        } else {
          return token;
        }
      }
      function stripFlags(open, close) {
        return {
          open: open.charAt(2) === "~",
          close: close.charAt(close.length - 3) === "~"
        };
      }
      function stripComment(comment) {
        return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
      }
      function preparePath(data, parts, loc) {
        loc = this.locInfo(loc);
        var original = data ? "@" : "", dig = [], depth = 0;
        for (var i = 0, l = parts.length; i < l; i++) {
          var part = parts[i].part, isLiteral = parts[i].original !== part;
          original += (parts[i].separator || "") + part;
          if (!isLiteral && (part === ".." || part === "." || part === "this")) {
            if (dig.length > 0) {
              throw new _exception2["default"]("Invalid path: " + original, { loc });
            } else if (part === "..") {
              depth++;
            }
          } else {
            dig.push(part);
          }
        }
        return {
          type: "PathExpression",
          data,
          depth,
          parts: dig,
          original,
          loc
        };
      }
      function prepareMustache(path2, params, hash, open, strip, locInfo) {
        var escapeFlag = open.charAt(3) || open.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
        var decorator = /\*/.test(open);
        return {
          type: decorator ? "Decorator" : "MustacheStatement",
          path: path2,
          params,
          hash,
          escaped,
          strip,
          loc: this.locInfo(locInfo)
        };
      }
      function prepareRawBlock(openRawBlock, contents, close, locInfo) {
        validateClose(openRawBlock, close);
        locInfo = this.locInfo(locInfo);
        var program = {
          type: "Program",
          body: contents,
          strip: {},
          loc: locInfo
        };
        return {
          type: "BlockStatement",
          path: openRawBlock.path,
          params: openRawBlock.params,
          hash: openRawBlock.hash,
          program,
          openStrip: {},
          inverseStrip: {},
          closeStrip: {},
          loc: locInfo
        };
      }
      function prepareBlock(openBlock, program, inverseAndProgram, close, inverted, locInfo) {
        if (close && close.path) {
          validateClose(openBlock, close);
        }
        var decorator = /\*/.test(openBlock.open);
        program.blockParams = openBlock.blockParams;
        var inverse = void 0, inverseStrip = void 0;
        if (inverseAndProgram) {
          if (decorator) {
            throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
          }
          if (inverseAndProgram.chain) {
            inverseAndProgram.program.body[0].closeStrip = close.strip;
          }
          inverseStrip = inverseAndProgram.strip;
          inverse = inverseAndProgram.program;
        }
        if (inverted) {
          inverted = inverse;
          inverse = program;
          program = inverted;
        }
        return {
          type: decorator ? "DecoratorBlock" : "BlockStatement",
          path: openBlock.path,
          params: openBlock.params,
          hash: openBlock.hash,
          program,
          inverse,
          openStrip: openBlock.strip,
          inverseStrip,
          closeStrip: close && close.strip,
          loc: this.locInfo(locInfo)
        };
      }
      function prepareProgram(statements, loc) {
        if (!loc && statements.length) {
          var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
          if (firstLoc && lastLoc) {
            loc = {
              source: firstLoc.source,
              start: {
                line: firstLoc.start.line,
                column: firstLoc.start.column
              },
              end: {
                line: lastLoc.end.line,
                column: lastLoc.end.column
              }
            };
          }
        }
        return {
          type: "Program",
          body: statements,
          strip: {},
          loc
        };
      }
      function preparePartialBlock(open, program, close, locInfo) {
        validateClose(open, close);
        return {
          type: "PartialBlockStatement",
          name: open.path,
          params: open.params,
          hash: open.hash,
          program,
          openStrip: open.strip,
          closeStrip: close && close.strip,
          loc: this.locInfo(locInfo)
        };
      }
    })
  ),
  /***/
  9424: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _base = __nccwpck_require__2(7280);
      var _exception = __nccwpck_require__2(9252);
      var _exception2 = _interopRequireDefault(_exception);
      var _utils = __nccwpck_require__2(8272);
      var _codeGen = __nccwpck_require__2(8037);
      var _codeGen2 = _interopRequireDefault(_codeGen);
      function Literal(value) {
        this.value = value;
      }
      function JavaScriptCompiler() {
      }
      JavaScriptCompiler.prototype = {
        // PUBLIC API: You can override these methods in a subclass to provide
        // alternative compiled forms for name lookup and buffering semantics
        nameLookup: function nameLookup(parent, name) {
          return this.internalNameLookup(parent, name);
        },
        depthedLookup: function depthedLookup(name) {
          return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(name), ")"];
        },
        compilerInfo: function compilerInfo() {
          var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
          return [revision, versions];
        },
        appendToBuffer: function appendToBuffer(source, location, explicit) {
          if (!_utils.isArray(source)) {
            source = [source];
          }
          source = this.source.wrap(source, location);
          if (this.environment.isSimple) {
            return ["return ", source, ";"];
          } else if (explicit) {
            return ["buffer += ", source, ";"];
          } else {
            source.appendToBuffer = true;
            return source;
          }
        },
        initializeBuffer: function initializeBuffer() {
          return this.quotedString("");
        },
        // END PUBLIC API
        internalNameLookup: function internalNameLookup(parent, name) {
          this.lookupPropertyFunctionIsUsed = true;
          return ["lookupProperty(", parent, ",", this.quotedString(name), ")"];
        },
        lookupPropertyFunctionIsUsed: false,
        compile: function compile(environment, options, context, asObject) {
          this.environment = environment;
          this.options = options;
          this.stringParams = this.options.stringParams;
          this.trackIds = this.options.trackIds;
          this.precompile = !asObject;
          this.name = this.environment.name;
          this.isChild = !!context;
          this.context = context || {
            decorators: [],
            programs: [],
            environments: []
          };
          this.preamble();
          this.stackSlot = 0;
          this.stackVars = [];
          this.aliases = {};
          this.registers = { list: [] };
          this.hashes = [];
          this.compileStack = [];
          this.inlineStack = [];
          this.blockParams = [];
          this.compileChildren(environment, options);
          this.useDepths = this.useDepths || environment.useDepths || environment.useDecorators || this.options.compat;
          this.useBlockParams = this.useBlockParams || environment.useBlockParams;
          var opcodes = environment.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l = void 0;
          for (i = 0, l = opcodes.length; i < l; i++) {
            opcode = opcodes[i];
            this.source.currentLocation = opcode.loc;
            firstLoc = firstLoc || opcode.loc;
            this[opcode.opcode].apply(this, opcode.args);
          }
          this.source.currentLocation = firstLoc;
          this.pushSource("");
          if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
            throw new _exception2["default"]("Compile completed with content left on stack");
          }
          if (!this.decorators.isEmpty()) {
            this.useDecorators = true;
            this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
            this.decorators.push("return fn;");
            if (asObject) {
              this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
            } else {
              this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
              this.decorators.push("}\n");
              this.decorators = this.decorators.merge();
            }
          } else {
            this.decorators = void 0;
          }
          var fn = this.createFunctionContext(asObject);
          if (!this.isChild) {
            var ret = {
              compiler: this.compilerInfo(),
              main: fn
            };
            if (this.decorators) {
              ret.main_d = this.decorators;
              ret.useDecorators = true;
            }
            var _context = this.context;
            var programs = _context.programs;
            var decorators = _context.decorators;
            for (i = 0, l = programs.length; i < l; i++) {
              ret[i] = programs[i];
              if (decorators[i]) {
                ret[i + "_d"] = decorators[i];
                ret.useDecorators = true;
              }
            }
            if (this.environment.usePartial) {
              ret.usePartial = true;
            }
            if (this.options.data) {
              ret.useData = true;
            }
            if (this.useDepths) {
              ret.useDepths = true;
            }
            if (this.useBlockParams) {
              ret.useBlockParams = true;
            }
            if (this.options.compat) {
              ret.compat = true;
            }
            if (!asObject) {
              ret.compiler = JSON.stringify(ret.compiler);
              this.source.currentLocation = { start: { line: 1, column: 0 } };
              ret = this.objectLiteral(ret);
              if (options.srcName) {
                ret = ret.toStringWithSourceMap({ file: options.destName });
                ret.map = ret.map && ret.map.toString();
              } else {
                ret = ret.toString();
              }
            } else {
              ret.compilerOptions = this.options;
            }
            return ret;
          } else {
            return fn;
          }
        },
        preamble: function preamble() {
          this.lastContext = 0;
          this.source = new _codeGen2["default"](this.options.srcName);
          this.decorators = new _codeGen2["default"](this.options.srcName);
        },
        createFunctionContext: function createFunctionContext(asObject) {
          var _this = this;
          var varDeclarations = "";
          var locals = this.stackVars.concat(this.registers.list);
          if (locals.length > 0) {
            varDeclarations += ", " + locals.join(", ");
          }
          var aliasCount = 0;
          Object.keys(this.aliases).forEach(function(alias) {
            var node = _this.aliases[alias];
            if (node.children && node.referenceCount > 1) {
              varDeclarations += ", alias" + ++aliasCount + "=" + alias;
              node.children[0] = "alias" + aliasCount;
            }
          });
          if (this.lookupPropertyFunctionIsUsed) {
            varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
          }
          var params = ["container", "depth0", "helpers", "partials", "data"];
          if (this.useBlockParams || this.useDepths) {
            params.push("blockParams");
          }
          if (this.useDepths) {
            params.push("depths");
          }
          var source = this.mergeSource(varDeclarations);
          if (asObject) {
            params.push(source);
            return Function.apply(this, params);
          } else {
            return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
          }
        },
        mergeSource: function mergeSource(varDeclarations) {
          var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
          this.source.each(function(line) {
            if (line.appendToBuffer) {
              if (bufferStart) {
                line.prepend("  + ");
              } else {
                bufferStart = line;
              }
              bufferEnd = line;
            } else {
              if (bufferStart) {
                if (!sourceSeen) {
                  appendFirst = true;
                } else {
                  bufferStart.prepend("buffer += ");
                }
                bufferEnd.add(";");
                bufferStart = bufferEnd = void 0;
              }
              sourceSeen = true;
              if (!isSimple) {
                appendOnly = false;
              }
            }
          });
          if (appendOnly) {
            if (bufferStart) {
              bufferStart.prepend("return ");
              bufferEnd.add(";");
            } else if (!sourceSeen) {
              this.source.push('return "";');
            }
          } else {
            varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
            if (bufferStart) {
              bufferStart.prepend("return buffer + ");
              bufferEnd.add(";");
            } else {
              this.source.push("return buffer;");
            }
          }
          if (varDeclarations) {
            this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
          }
          return this.source.merge();
        },
        lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
          return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
        },
        // [blockValue]
        //
        // On stack, before: hash, inverse, program, value
        // On stack, after: return value of blockHelperMissing
        //
        // The purpose of this opcode is to take a block of the form
        // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
        // replace it on the stack with the result of properly
        // invoking blockHelperMissing.
        blockValue: function blockValue(name) {
          var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
          this.setupHelperArgs(name, 0, params);
          var blockName = this.popStack();
          params.splice(1, 0, blockName);
          this.push(this.source.functionCall(blockHelperMissing, "call", params));
        },
        // [ambiguousBlockValue]
        //
        // On stack, before: hash, inverse, program, value
        // Compiler value, before: lastHelper=value of last found helper, if any
        // On stack, after, if no lastHelper: same as [blockValue]
        // On stack, after, if lastHelper: value
        ambiguousBlockValue: function ambiguousBlockValue() {
          var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
          this.setupHelperArgs("", 0, params, true);
          this.flushInline();
          var current = this.topStack();
          params.splice(1, 0, current);
          this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing, "call", params), "}"]);
        },
        // [appendContent]
        //
        // On stack, before: ...
        // On stack, after: ...
        //
        // Appends the string value of `content` to the current buffer
        appendContent: function appendContent(content) {
          if (this.pendingContent) {
            content = this.pendingContent + content;
          } else {
            this.pendingLocation = this.source.currentLocation;
          }
          this.pendingContent = content;
        },
        // [append]
        //
        // On stack, before: value, ...
        // On stack, after: ...
        //
        // Coerces `value` to a String and appends it to the current buffer.
        //
        // If `value` is truthy, or 0, it is coerced into a string and appended
        // Otherwise, the empty string is appended
        append: function append() {
          if (this.isInline()) {
            this.replaceStack(function(current) {
              return [" != null ? ", current, ' : ""'];
            });
            this.pushSource(this.appendToBuffer(this.popStack()));
          } else {
            var local = this.popStack();
            this.pushSource(["if (", local, " != null) { ", this.appendToBuffer(local, void 0, true), " }"]);
            if (this.environment.isSimple) {
              this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
            }
          }
        },
        // [appendEscaped]
        //
        // On stack, before: value, ...
        // On stack, after: ...
        //
        // Escape `value` and append it to the buffer
        appendEscaped: function appendEscaped() {
          this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
        },
        // [getContext]
        //
        // On stack, before: ...
        // On stack, after: ...
        // Compiler value, after: lastContext=depth
        //
        // Set the value of the `lastContext` compiler value to the depth
        getContext: function getContext(depth) {
          this.lastContext = depth;
        },
        // [pushContext]
        //
        // On stack, before: ...
        // On stack, after: currentContext, ...
        //
        // Pushes the value of the current context onto the stack.
        pushContext: function pushContext() {
          this.pushStackLiteral(this.contextName(this.lastContext));
        },
        // [lookupOnContext]
        //
        // On stack, before: ...
        // On stack, after: currentContext[name], ...
        //
        // Looks up the value of `name` on the current context and pushes
        // it onto the stack.
        lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
          var i = 0;
          if (!scoped && this.options.compat && !this.lastContext) {
            this.push(this.depthedLookup(parts[i++]));
          } else {
            this.pushContext();
          }
          this.resolvePath("context", parts, i, falsy, strict);
        },
        // [lookupBlockParam]
        //
        // On stack, before: ...
        // On stack, after: blockParam[name], ...
        //
        // Looks up the value of `parts` on the given block param and pushes
        // it onto the stack.
        lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
          this.useBlockParams = true;
          this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
          this.resolvePath("context", parts, 1);
        },
        // [lookupData]
        //
        // On stack, before: ...
        // On stack, after: data, ...
        //
        // Push the data lookup operator
        lookupData: function lookupData(depth, parts, strict) {
          if (!depth) {
            this.pushStackLiteral("data");
          } else {
            this.pushStackLiteral("container.data(data, " + depth + ")");
          }
          this.resolvePath("data", parts, 0, true, strict);
        },
        resolvePath: function resolvePath(type, parts, startPartIndex, falsy, strict) {
          var _this2 = this;
          if (this.options.strict || this.options.assumeObjects) {
            this.push(strictLookup(this.options.strict && strict, this, parts, startPartIndex, type));
            return;
          }
          var len = parts.length;
          var _loop = function(i2) {
            _this2.replaceStack(function(current) {
              var lookup = _this2.nameLookup(current, parts[i2], type);
              if (!falsy) {
                return [" != null ? ", lookup, " : ", current];
              } else {
                return [" && ", lookup];
              }
            });
          };
          for (var i = startPartIndex; i < len; i++) {
            _loop(i);
          }
        },
        // [resolvePossibleLambda]
        //
        // On stack, before: value, ...
        // On stack, after: resolved value, ...
        //
        // If the `value` is a lambda, replace it on the stack by
        // the return value of the lambda
        resolvePossibleLambda: function resolvePossibleLambda() {
          this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
        },
        // [pushStringParam]
        //
        // On stack, before: ...
        // On stack, after: string, currentContext, ...
        //
        // This opcode is designed for use in string mode, which
        // provides the string value of a parameter along with its
        // depth rather than resolving it immediately.
        pushStringParam: function pushStringParam(string, type) {
          this.pushContext();
          this.pushString(type);
          if (type !== "SubExpression") {
            if (typeof string === "string") {
              this.pushString(string);
            } else {
              this.pushStackLiteral(string);
            }
          }
        },
        emptyHash: function emptyHash(omitEmpty) {
          if (this.trackIds) {
            this.push("{}");
          }
          if (this.stringParams) {
            this.push("{}");
            this.push("{}");
          }
          this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
        },
        pushHash: function pushHash() {
          if (this.hash) {
            this.hashes.push(this.hash);
          }
          this.hash = { values: {}, types: [], contexts: [], ids: [] };
        },
        popHash: function popHash() {
          var hash = this.hash;
          this.hash = this.hashes.pop();
          if (this.trackIds) {
            this.push(this.objectLiteral(hash.ids));
          }
          if (this.stringParams) {
            this.push(this.objectLiteral(hash.contexts));
            this.push(this.objectLiteral(hash.types));
          }
          this.push(this.objectLiteral(hash.values));
        },
        // [pushString]
        //
        // On stack, before: ...
        // On stack, after: quotedString(string), ...
        //
        // Push a quoted version of `string` onto the stack
        pushString: function pushString(string) {
          this.pushStackLiteral(this.quotedString(string));
        },
        // [pushLiteral]
        //
        // On stack, before: ...
        // On stack, after: value, ...
        //
        // Pushes a value onto the stack. This operation prevents
        // the compiler from creating a temporary variable to hold
        // it.
        pushLiteral: function pushLiteral(value) {
          this.pushStackLiteral(value);
        },
        // [pushProgram]
        //
        // On stack, before: ...
        // On stack, after: program(guid), ...
        //
        // Push a program expression onto the stack. This takes
        // a compile-time guid and converts it into a runtime-accessible
        // expression.
        pushProgram: function pushProgram(guid) {
          if (guid != null) {
            this.pushStackLiteral(this.programExpression(guid));
          } else {
            this.pushStackLiteral(null);
          }
        },
        // [registerDecorator]
        //
        // On stack, before: hash, program, params..., ...
        // On stack, after: ...
        //
        // Pops off the decorator's parameters, invokes the decorator,
        // and inserts the decorator into the decorators list.
        registerDecorator: function registerDecorator(paramSize, name) {
          var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
          this.decorators.push(["var decorator = ", foundDecorator, ";"]);
          this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + name + '"'), "); }"]);
          this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", options]), " || fn;"]);
        },
        // [invokeHelper]
        //
        // On stack, before: hash, inverse, program, params..., ...
        // On stack, after: result of helper invocation
        //
        // Pops off the helper's parameters, invokes the helper,
        // and pushes the helper's return value onto the stack.
        //
        // If the helper is not found, `helperMissing` is called.
        invokeHelper: function invokeHelper(paramSize, name, isSimple) {
          var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
          var possibleFunctionCalls = [];
          if (isSimple) {
            possibleFunctionCalls.push(helper.name);
          }
          possibleFunctionCalls.push(nonHelper);
          if (!this.options.strict) {
            possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
          }
          var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
          var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
          this.push(functionCall);
        },
        itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
          var result = [];
          result.push(items[0]);
          for (var i = 1; i < items.length; i++) {
            result.push(separator, items[i]);
          }
          return result;
        },
        // [invokeKnownHelper]
        //
        // On stack, before: hash, inverse, program, params..., ...
        // On stack, after: result of helper invocation
        //
        // This operation is used when the helper is known to exist,
        // so a `helperMissing` fallback is not required.
        invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
          var helper = this.setupHelper(paramSize, name);
          this.push(this.source.functionCall(helper.name, "call", helper.callParams));
        },
        // [invokeAmbiguous]
        //
        // On stack, before: hash, inverse, program, params..., ...
        // On stack, after: result of disambiguation
        //
        // This operation is used when an expression like `{{foo}}`
        // is provided, but we don't know at compile-time whether it
        // is a helper or a path.
        //
        // This operation emits more code than the other options,
        // and can be avoided by passing the `knownHelpers` and
        // `knownHelpersOnly` flags at compile-time.
        invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
          this.useRegister("helper");
          var nonHelper = this.popStack();
          this.emptyHash();
          var helper = this.setupHelper(0, name, helperCall);
          var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
          var lookup = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
          if (!this.options.strict) {
            lookup[0] = "(helper = ";
            lookup.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
          }
          this.push(["(", lookup, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
        },
        // [invokePartial]
        //
        // On stack, before: context, ...
        // On stack after: result of partial invocation
        //
        // This operation pops off a context, invokes a partial with that context,
        // and pushes the result of the invocation back.
        invokePartial: function invokePartial(isDynamic, name, indent) {
          var params = [], options = this.setupParams(name, 1, params);
          if (isDynamic) {
            name = this.popStack();
            delete options.name;
          }
          if (indent) {
            options.indent = this.quotedString(indent);
          }
          options.helpers = "helpers";
          options.partials = "partials";
          options.decorators = "container.decorators";
          if (!isDynamic) {
            params.unshift(this.nameLookup("partials", name, "partial"));
          } else {
            params.unshift(name);
          }
          if (this.options.compat) {
            options.depths = "depths";
          }
          options = this.objectLiteral(options);
          params.push(options);
          this.push(this.source.functionCall("container.invokePartial", "", params));
        },
        // [assignToHash]
        //
        // On stack, before: value, ..., hash, ...
        // On stack, after: ..., hash, ...
        //
        // Pops a value off the stack and assigns it to the current hash
        assignToHash: function assignToHash(key) {
          var value = this.popStack(), context = void 0, type = void 0, id = void 0;
          if (this.trackIds) {
            id = this.popStack();
          }
          if (this.stringParams) {
            type = this.popStack();
            context = this.popStack();
          }
          var hash = this.hash;
          if (context) {
            hash.contexts[key] = context;
          }
          if (type) {
            hash.types[key] = type;
          }
          if (id) {
            hash.ids[key] = id;
          }
          hash.values[key] = value;
        },
        pushId: function pushId(type, name, child) {
          if (type === "BlockParam") {
            this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + this.quotedString("." + child) : ""));
          } else if (type === "PathExpression") {
            this.pushString(name);
          } else if (type === "SubExpression") {
            this.pushStackLiteral("true");
          } else {
            this.pushStackLiteral("null");
          }
        },
        // HELPERS
        compiler: JavaScriptCompiler,
        compileChildren: function compileChildren(environment, options) {
          var children = environment.children, child = void 0, compiler = void 0;
          for (var i = 0, l = children.length; i < l; i++) {
            child = children[i];
            compiler = new this.compiler();
            var existing = this.matchExistingProgram(child);
            if (existing == null) {
              var index = this.context.programs.push("") - 1;
              child.index = index;
              child.name = "program" + index;
              this.context.programs[index] = compiler.compile(child, options, this.context, !this.precompile);
              this.context.decorators[index] = compiler.decorators;
              this.context.environments[index] = child;
              this.useDepths = this.useDepths || compiler.useDepths;
              this.useBlockParams = this.useBlockParams || compiler.useBlockParams;
              child.useDepths = this.useDepths;
              child.useBlockParams = this.useBlockParams;
            } else {
              child.index = existing.index;
              child.name = "program" + existing.index;
              this.useDepths = this.useDepths || existing.useDepths;
              this.useBlockParams = this.useBlockParams || existing.useBlockParams;
            }
          }
        },
        matchExistingProgram: function matchExistingProgram(child) {
          for (var i = 0, len = this.context.environments.length; i < len; i++) {
            var environment = this.context.environments[i];
            if (environment && environment.equals(child)) {
              return environment;
            }
          }
        },
        programExpression: function programExpression(guid) {
          var child = this.environment.children[guid], programParams = [child.index, "data", child.blockParams];
          if (this.useBlockParams || this.useDepths) {
            programParams.push("blockParams");
          }
          if (this.useDepths) {
            programParams.push("depths");
          }
          return "container.program(" + programParams.join(", ") + ")";
        },
        useRegister: function useRegister(name) {
          if (!this.registers[name]) {
            this.registers[name] = true;
            this.registers.list.push(name);
          }
        },
        push: function push(expr) {
          if (!(expr instanceof Literal)) {
            expr = this.source.wrap(expr);
          }
          this.inlineStack.push(expr);
          return expr;
        },
        pushStackLiteral: function pushStackLiteral(item) {
          this.push(new Literal(item));
        },
        pushSource: function pushSource(source) {
          if (this.pendingContent) {
            this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
            this.pendingContent = void 0;
          }
          if (source) {
            this.source.push(source);
          }
        },
        replaceStack: function replaceStack(callback) {
          var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
          if (!this.isInline()) {
            throw new _exception2["default"]("replaceStack on non-inline");
          }
          var top = this.popStack(true);
          if (top instanceof Literal) {
            stack = [top.value];
            prefix = ["(", stack];
            usedLiteral = true;
          } else {
            createdStack = true;
            var _name = this.incrStack();
            prefix = ["((", this.push(_name), " = ", top, ")"];
            stack = this.topStack();
          }
          var item = callback.call(this, stack);
          if (!usedLiteral) {
            this.popStack();
          }
          if (createdStack) {
            this.stackSlot--;
          }
          this.push(prefix.concat(item, ")"));
        },
        incrStack: function incrStack() {
          this.stackSlot++;
          if (this.stackSlot > this.stackVars.length) {
            this.stackVars.push("stack" + this.stackSlot);
          }
          return this.topStackName();
        },
        topStackName: function topStackName() {
          return "stack" + this.stackSlot;
        },
        flushInline: function flushInline() {
          var inlineStack = this.inlineStack;
          this.inlineStack = [];
          for (var i = 0, len = inlineStack.length; i < len; i++) {
            var entry = inlineStack[i];
            if (entry instanceof Literal) {
              this.compileStack.push(entry);
            } else {
              var stack = this.incrStack();
              this.pushSource([stack, " = ", entry, ";"]);
              this.compileStack.push(stack);
            }
          }
        },
        isInline: function isInline() {
          return this.inlineStack.length;
        },
        popStack: function popStack(wrapped) {
          var inline = this.isInline(), item = (inline ? this.inlineStack : this.compileStack).pop();
          if (!wrapped && item instanceof Literal) {
            return item.value;
          } else {
            if (!inline) {
              if (!this.stackSlot) {
                throw new _exception2["default"]("Invalid stack pop");
              }
              this.stackSlot--;
            }
            return item;
          }
        },
        topStack: function topStack() {
          var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
          if (item instanceof Literal) {
            return item.value;
          } else {
            return item;
          }
        },
        contextName: function contextName(context) {
          if (this.useDepths && context) {
            return "depths[" + context + "]";
          } else {
            return "depth" + context;
          }
        },
        quotedString: function quotedString(str) {
          return this.source.quotedString(str);
        },
        objectLiteral: function objectLiteral(obj) {
          return this.source.objectLiteral(obj);
        },
        aliasable: function aliasable(name) {
          var ret = this.aliases[name];
          if (ret) {
            ret.referenceCount++;
            return ret;
          }
          ret = this.aliases[name] = this.source.wrap(name);
          ret.aliasable = true;
          ret.referenceCount = 1;
          return ret;
        },
        setupHelper: function setupHelper(paramSize, name, blockHelper) {
          var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
          var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
          return {
            params,
            paramsInit,
            name: foundHelper,
            callParams: [callContext].concat(params)
          };
        },
        setupParams: function setupParams(helper, paramSize, params) {
          var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
          if (objectArgs) {
            params = [];
          }
          options.name = this.quotedString(helper);
          options.hash = this.popStack();
          if (this.trackIds) {
            options.hashIds = this.popStack();
          }
          if (this.stringParams) {
            options.hashTypes = this.popStack();
            options.hashContexts = this.popStack();
          }
          var inverse = this.popStack(), program = this.popStack();
          if (program || inverse) {
            options.fn = program || "container.noop";
            options.inverse = inverse || "container.noop";
          }
          var i = paramSize;
          while (i--) {
            param = this.popStack();
            params[i] = param;
            if (this.trackIds) {
              ids[i] = this.popStack();
            }
            if (this.stringParams) {
              types[i] = this.popStack();
              contexts[i] = this.popStack();
            }
          }
          if (objectArgs) {
            options.args = this.source.generateArray(params);
          }
          if (this.trackIds) {
            options.ids = this.source.generateArray(ids);
          }
          if (this.stringParams) {
            options.types = this.source.generateArray(types);
            options.contexts = this.source.generateArray(contexts);
          }
          if (this.options.data) {
            options.data = "data";
          }
          if (this.useBlockParams) {
            options.blockParams = "blockParams";
          }
          return options;
        },
        setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
          var options = this.setupParams(helper, paramSize, params);
          options.loc = locationLiteral(this);
          options = this.objectLiteral(options);
          if (useRegister) {
            this.useRegister("options");
            params.push("options");
            return ["options=", options];
          } else if (params) {
            params.push(options);
            return "";
          } else {
            return options;
          }
        }
      };
      (function() {
        var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
        var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
        for (var i = 0, l = reservedWords.length; i < l; i++) {
          compilerWords[reservedWords[i]] = true;
        }
      })();
      JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
        return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
      };
      function locationLiteral(compiler) {
        var loc = compiler.source.currentLocation;
        return loc ? _codeGen.safeJsonLiteral(loc) : "undefined";
      }
      function strictLookup(requireTerminal, compiler, parts, startPartIndex, type) {
        var stack = compiler.popStack(), len = parts.length;
        if (requireTerminal) {
          len--;
        }
        for (var i = startPartIndex; i < len; i++) {
          stack = compiler.nameLookup(stack, parts[i], type);
        }
        if (requireTerminal) {
          return [compiler.aliasable("container.strict"), "(", stack, ", ", compiler.quotedString(parts[len]), ", ", locationLiteral(compiler), " )"];
        } else {
          return stack;
        }
      }
      exports["default"] = JavaScriptCompiler;
      module.exports = exports["default"];
    })
  ),
  /***/
  9815: (
    /***/
    ((__unused_webpack_module, exports) => {
      exports.__esModule = true;
      var NODE_TYPES = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
      exports.NODE_TYPES = NODE_TYPES;
    })
  ),
  /***/
  1060: (
    /***/
    ((module, exports) => {
      exports.__esModule = true;
      var handlebars = (function() {
        var parser = {
          trace: function trace() {
          },
          yy: {},
          symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
          terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
          productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
          performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
            var $0 = $$.length - 1;
            switch (yystate) {
              case 1:
                return $$[$0 - 1];
                break;
              case 2:
                this.$ = yy.prepareProgram($$[$0]);
                break;
              case 3:
                this.$ = $$[$0];
                break;
              case 4:
                this.$ = $$[$0];
                break;
              case 5:
                this.$ = $$[$0];
                break;
              case 6:
                this.$ = $$[$0];
                break;
              case 7:
                this.$ = $$[$0];
                break;
              case 8:
                this.$ = $$[$0];
                break;
              case 9:
                this.$ = {
                  type: "CommentStatement",
                  value: yy.stripComment($$[$0]),
                  strip: yy.stripFlags($$[$0], $$[$0]),
                  loc: yy.locInfo(this._$)
                };
                break;
              case 10:
                this.$ = {
                  type: "ContentStatement",
                  original: $$[$0],
                  value: $$[$0],
                  loc: yy.locInfo(this._$)
                };
                break;
              case 11:
                this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
                break;
              case 12:
                this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
                break;
              case 13:
                this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
                break;
              case 14:
                this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
                break;
              case 15:
                this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
                break;
              case 16:
                this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
                break;
              case 17:
                this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
                break;
              case 18:
                this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
                break;
              case 19:
                var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
                program.chained = true;
                this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
                break;
              case 20:
                this.$ = $$[$0];
                break;
              case 21:
                this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
                break;
              case 22:
                this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
                break;
              case 23:
                this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
                break;
              case 24:
                this.$ = {
                  type: "PartialStatement",
                  name: $$[$0 - 3],
                  params: $$[$0 - 2],
                  hash: $$[$0 - 1],
                  indent: "",
                  strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                  loc: yy.locInfo(this._$)
                };
                break;
              case 25:
                this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
                break;
              case 26:
                this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
                break;
              case 27:
                this.$ = $$[$0];
                break;
              case 28:
                this.$ = $$[$0];
                break;
              case 29:
                this.$ = {
                  type: "SubExpression",
                  path: $$[$0 - 3],
                  params: $$[$0 - 2],
                  hash: $$[$0 - 1],
                  loc: yy.locInfo(this._$)
                };
                break;
              case 30:
                this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
                break;
              case 31:
                this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
                break;
              case 32:
                this.$ = yy.id($$[$0 - 1]);
                break;
              case 33:
                this.$ = $$[$0];
                break;
              case 34:
                this.$ = $$[$0];
                break;
              case 35:
                this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
                break;
              case 36:
                this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
                break;
              case 37:
                this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
                break;
              case 38:
                this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
                break;
              case 39:
                this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
                break;
              case 40:
                this.$ = $$[$0];
                break;
              case 41:
                this.$ = $$[$0];
                break;
              case 42:
                this.$ = yy.preparePath(true, $$[$0], this._$);
                break;
              case 43:
                this.$ = yy.preparePath(false, $$[$0], this._$);
                break;
              case 44:
                $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
                this.$ = $$[$0 - 2];
                break;
              case 45:
                this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
                break;
              case 46:
                this.$ = [];
                break;
              case 47:
                $$[$0 - 1].push($$[$0]);
                break;
              case 48:
                this.$ = [];
                break;
              case 49:
                $$[$0 - 1].push($$[$0]);
                break;
              case 50:
                this.$ = [];
                break;
              case 51:
                $$[$0 - 1].push($$[$0]);
                break;
              case 58:
                this.$ = [];
                break;
              case 59:
                $$[$0 - 1].push($$[$0]);
                break;
              case 64:
                this.$ = [];
                break;
              case 65:
                $$[$0 - 1].push($$[$0]);
                break;
              case 70:
                this.$ = [];
                break;
              case 71:
                $$[$0 - 1].push($$[$0]);
                break;
              case 78:
                this.$ = [];
                break;
              case 79:
                $$[$0 - 1].push($$[$0]);
                break;
              case 82:
                this.$ = [];
                break;
              case 83:
                $$[$0 - 1].push($$[$0]);
                break;
              case 86:
                this.$ = [];
                break;
              case 87:
                $$[$0 - 1].push($$[$0]);
                break;
              case 90:
                this.$ = [];
                break;
              case 91:
                $$[$0 - 1].push($$[$0]);
                break;
              case 94:
                this.$ = [];
                break;
              case 95:
                $$[$0 - 1].push($$[$0]);
                break;
              case 98:
                this.$ = [$$[$0]];
                break;
              case 99:
                $$[$0 - 1].push($$[$0]);
                break;
              case 100:
                this.$ = [$$[$0]];
                break;
              case 101:
                $$[$0 - 1].push($$[$0]);
                break;
            }
          },
          table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
          defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
          parseError: function parseError(str, hash) {
            throw new Error(str);
          },
          parse: function parse2(input) {
            var self = this, stack = [0], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
            this.lexer.setInput(input);
            this.lexer.yy = this.yy;
            this.yy.lexer = this.lexer;
            this.yy.parser = this;
            if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
            var yyloc = this.lexer.yylloc;
            lstack.push(yyloc);
            var ranges = this.lexer.options && this.lexer.options.ranges;
            if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
            function popStack(n) {
              stack.length = stack.length - 2 * n;
              vstack.length = vstack.length - n;
              lstack.length = lstack.length - n;
            }
            function lex() {
              var token;
              token = self.lexer.lex() || 1;
              if (typeof token !== "number") {
                token = self.symbols_[token] || token;
              }
              return token;
            }
            var symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected;
            while (true) {
              state = stack[stack.length - 1];
              if (this.defaultActions[state]) {
                action = this.defaultActions[state];
              } else {
                if (symbol === null || typeof symbol == "undefined") {
                  symbol = lex();
                }
                action = table[state] && table[state][symbol];
              }
              if (typeof action === "undefined" || !action.length || !action[0]) {
                var errStr = "";
                if (!recovering) {
                  expected = [];
                  for (p in table[state]) if (this.terminals_[p] && p > 2) {
                    expected.push("'" + this.terminals_[p] + "'");
                  }
                  if (this.lexer.showPosition) {
                    errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                  } else {
                    errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                  }
                  this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
                }
              }
              if (action[0] instanceof Array && action.length > 1) {
                throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
              }
              switch (action[0]) {
                case 1:
                  stack.push(symbol);
                  vstack.push(this.lexer.yytext);
                  lstack.push(this.lexer.yylloc);
                  stack.push(action[1]);
                  symbol = null;
                  if (!preErrorSymbol) {
                    yyleng = this.lexer.yyleng;
                    yytext = this.lexer.yytext;
                    yylineno = this.lexer.yylineno;
                    yyloc = this.lexer.yylloc;
                    if (recovering > 0) recovering--;
                  } else {
                    symbol = preErrorSymbol;
                    preErrorSymbol = null;
                  }
                  break;
                case 2:
                  len = this.productions_[action[1]][1];
                  yyval.$ = vstack[vstack.length - len];
                  yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                  if (ranges) {
                    yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                  }
                  r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                  if (typeof r !== "undefined") {
                    return r;
                  }
                  if (len) {
                    stack = stack.slice(0, -1 * len * 2);
                    vstack = vstack.slice(0, -1 * len);
                    lstack = lstack.slice(0, -1 * len);
                  }
                  stack.push(this.productions_[action[1]][0]);
                  vstack.push(yyval.$);
                  lstack.push(yyval._$);
                  newState = table[stack[stack.length - 2]][stack[stack.length - 1]];
                  stack.push(newState);
                  break;
                case 3:
                  return true;
              }
            }
            return true;
          }
        };
        var lexer = (function() {
          var lexer2 = {
            EOF: 1,
            parseError: function parseError(str, hash) {
              if (this.yy.parser) {
                this.yy.parser.parseError(str, hash);
              } else {
                throw new Error(str);
              }
            },
            setInput: function setInput(input) {
              this._input = input;
              this._more = this._less = this.done = false;
              this.yylineno = this.yyleng = 0;
              this.yytext = this.matched = this.match = "";
              this.conditionStack = ["INITIAL"];
              this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
              if (this.options.ranges) this.yylloc.range = [0, 0];
              this.offset = 0;
              return this;
            },
            input: function input() {
              var ch = this._input[0];
              this.yytext += ch;
              this.yyleng++;
              this.offset++;
              this.match += ch;
              this.matched += ch;
              var lines = ch.match(/(?:\r\n?|\n).*/g);
              if (lines) {
                this.yylineno++;
                this.yylloc.last_line++;
              } else {
                this.yylloc.last_column++;
              }
              if (this.options.ranges) this.yylloc.range[1]++;
              this._input = this._input.slice(1);
              return ch;
            },
            unput: function unput(ch) {
              var len = ch.length;
              var lines = ch.split(/(?:\r\n?|\n)/g);
              this._input = ch + this._input;
              this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
              this.offset -= len;
              var oldLines = this.match.split(/(?:\r\n?|\n)/g);
              this.match = this.match.substr(0, this.match.length - 1);
              this.matched = this.matched.substr(0, this.matched.length - 1);
              if (lines.length - 1) this.yylineno -= lines.length - 1;
              var r = this.yylloc.range;
              this.yylloc = {
                first_line: this.yylloc.first_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.first_column,
                last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
              };
              if (this.options.ranges) {
                this.yylloc.range = [r[0], r[0] + this.yyleng - len];
              }
              return this;
            },
            more: function more() {
              this._more = true;
              return this;
            },
            less: function less(n) {
              this.unput(this.match.slice(n));
            },
            pastInput: function pastInput() {
              var past = this.matched.substr(0, this.matched.length - this.match.length);
              return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
            },
            upcomingInput: function upcomingInput() {
              var next = this.match;
              if (next.length < 20) {
                next += this._input.substr(0, 20 - next.length);
              }
              return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
            },
            showPosition: function showPosition() {
              var pre = this.pastInput();
              var c = new Array(pre.length + 1).join("-");
              return pre + this.upcomingInput() + "\n" + c + "^";
            },
            next: function next() {
              if (this.done) {
                return this.EOF;
              }
              if (!this._input) this.done = true;
              var token, match, tempMatch, index, col, lines;
              if (!this._more) {
                this.yytext = "";
                this.match = "";
              }
              var rules = this._currentRules();
              for (var i = 0; i < rules.length; i++) {
                tempMatch = this._input.match(this.rules[rules[i]]);
                if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                  match = tempMatch;
                  index = i;
                  if (!this.options.flex) break;
                }
              }
              if (match) {
                lines = match[0].match(/(?:\r\n?|\n).*/g);
                if (lines) this.yylineno += lines.length;
                this.yylloc = {
                  first_line: this.yylloc.last_line,
                  last_line: this.yylineno + 1,
                  first_column: this.yylloc.last_column,
                  last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
                };
                this.yytext += match[0];
                this.match += match[0];
                this.matches = match;
                this.yyleng = this.yytext.length;
                if (this.options.ranges) {
                  this.yylloc.range = [this.offset, this.offset += this.yyleng];
                }
                this._more = false;
                this._input = this._input.slice(match[0].length);
                this.matched += match[0];
                token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
                if (this.done && this._input) this.done = false;
                if (token) return token;
                else return;
              }
              if (this._input === "") {
                return this.EOF;
              } else {
                return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
              }
            },
            lex: function lex() {
              var r = this.next();
              if (typeof r !== "undefined") {
                return r;
              } else {
                return this.lex();
              }
            },
            begin: function begin(condition) {
              this.conditionStack.push(condition);
            },
            popState: function popState() {
              return this.conditionStack.pop();
            },
            _currentRules: function _currentRules() {
              return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
            },
            topState: function topState() {
              return this.conditionStack[this.conditionStack.length - 2];
            },
            pushState: function begin(condition) {
              this.begin(condition);
            }
          };
          lexer2.options = {};
          lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
            function strip(start, end) {
              return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
            }
            var YYSTATE = YY_START;
            switch ($avoiding_name_collisions) {
              case 0:
                if (yy_.yytext.slice(-2) === "\\\\") {
                  strip(0, 1);
                  this.begin("mu");
                } else if (yy_.yytext.slice(-1) === "\\") {
                  strip(0, 1);
                  this.begin("emu");
                } else {
                  this.begin("mu");
                }
                if (yy_.yytext) return 15;
                break;
              case 1:
                return 15;
                break;
              case 2:
                this.popState();
                return 15;
                break;
              case 3:
                this.begin("raw");
                return 15;
                break;
              case 4:
                this.popState();
                if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                  return 15;
                } else {
                  strip(5, 9);
                  return "END_RAW_BLOCK";
                }
                break;
              case 5:
                return 15;
                break;
              case 6:
                this.popState();
                return 14;
                break;
              case 7:
                return 65;
                break;
              case 8:
                return 68;
                break;
              case 9:
                return 19;
                break;
              case 10:
                this.popState();
                this.begin("raw");
                return 23;
                break;
              case 11:
                return 55;
                break;
              case 12:
                return 60;
                break;
              case 13:
                return 29;
                break;
              case 14:
                return 47;
                break;
              case 15:
                this.popState();
                return 44;
                break;
              case 16:
                this.popState();
                return 44;
                break;
              case 17:
                return 34;
                break;
              case 18:
                return 39;
                break;
              case 19:
                return 51;
                break;
              case 20:
                return 48;
                break;
              case 21:
                this.unput(yy_.yytext);
                this.popState();
                this.begin("com");
                break;
              case 22:
                this.popState();
                return 14;
                break;
              case 23:
                return 48;
                break;
              case 24:
                return 73;
                break;
              case 25:
                return 72;
                break;
              case 26:
                return 72;
                break;
              case 27:
                return 87;
                break;
              case 28:
                break;
              case 29:
                this.popState();
                return 54;
                break;
              case 30:
                this.popState();
                return 33;
                break;
              case 31:
                yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
                return 80;
                break;
              case 32:
                yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
                return 80;
                break;
              case 33:
                return 85;
                break;
              case 34:
                return 82;
                break;
              case 35:
                return 82;
                break;
              case 36:
                return 83;
                break;
              case 37:
                return 84;
                break;
              case 38:
                return 81;
                break;
              case 39:
                return 75;
                break;
              case 40:
                return 77;
                break;
              case 41:
                return 72;
                break;
              case 42:
                yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
                return 72;
                break;
              case 43:
                return "INVALID";
                break;
              case 44:
                return 5;
                break;
            }
          };
          lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
          lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
          return lexer2;
        })();
        parser.lexer = lexer;
        function Parser() {
          this.yy = {};
        }
        Parser.prototype = parser;
        parser.Parser = Parser;
        return new Parser();
      })();
      exports["default"] = handlebars;
      module.exports = exports["default"];
    })
  ),
  /***/
  8043: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      exports.print = print;
      exports.PrintVisitor = PrintVisitor;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _visitor = __nccwpck_require__2(7749);
      var _visitor2 = _interopRequireDefault(_visitor);
      function print(ast) {
        return new PrintVisitor().accept(ast);
      }
      function PrintVisitor() {
        this.padding = 0;
      }
      PrintVisitor.prototype = new _visitor2["default"]();
      PrintVisitor.prototype.pad = function(string) {
        var out = "";
        for (var i = 0, l = this.padding; i < l; i++) {
          out += "  ";
        }
        out += string + "\n";
        return out;
      };
      PrintVisitor.prototype.Program = function(program) {
        var out = "", body = program.body, i = void 0, l = void 0;
        if (program.blockParams) {
          var blockParams = "BLOCK PARAMS: [";
          for (i = 0, l = program.blockParams.length; i < l; i++) {
            blockParams += " " + program.blockParams[i];
          }
          blockParams += " ]";
          out += this.pad(blockParams);
        }
        for (i = 0, l = body.length; i < l; i++) {
          out += this.accept(body[i]);
        }
        this.padding--;
        return out;
      };
      PrintVisitor.prototype.MustacheStatement = function(mustache) {
        return this.pad("{{ " + this.SubExpression(mustache) + " }}");
      };
      PrintVisitor.prototype.Decorator = function(mustache) {
        return this.pad("{{ DIRECTIVE " + this.SubExpression(mustache) + " }}");
      };
      PrintVisitor.prototype.BlockStatement = PrintVisitor.prototype.DecoratorBlock = function(block) {
        var out = "";
        out += this.pad((block.type === "DecoratorBlock" ? "DIRECTIVE " : "") + "BLOCK:");
        this.padding++;
        out += this.pad(this.SubExpression(block));
        if (block.program) {
          out += this.pad("PROGRAM:");
          this.padding++;
          out += this.accept(block.program);
          this.padding--;
        }
        if (block.inverse) {
          if (block.program) {
            this.padding++;
          }
          out += this.pad("{{^}}");
          this.padding++;
          out += this.accept(block.inverse);
          this.padding--;
          if (block.program) {
            this.padding--;
          }
        }
        this.padding--;
        return out;
      };
      PrintVisitor.prototype.PartialStatement = function(partial) {
        var content = "PARTIAL:" + partial.name.original;
        if (partial.params[0]) {
          content += " " + this.accept(partial.params[0]);
        }
        if (partial.hash) {
          content += " " + this.accept(partial.hash);
        }
        return this.pad("{{> " + content + " }}");
      };
      PrintVisitor.prototype.PartialBlockStatement = function(partial) {
        var content = "PARTIAL BLOCK:" + partial.name.original;
        if (partial.params[0]) {
          content += " " + this.accept(partial.params[0]);
        }
        if (partial.hash) {
          content += " " + this.accept(partial.hash);
        }
        content += " " + this.pad("PROGRAM:");
        this.padding++;
        content += this.accept(partial.program);
        this.padding--;
        return this.pad("{{> " + content + " }}");
      };
      PrintVisitor.prototype.ContentStatement = function(content) {
        return this.pad("CONTENT[ '" + content.value + "' ]");
      };
      PrintVisitor.prototype.CommentStatement = function(comment) {
        return this.pad("{{! '" + comment.value + "' }}");
      };
      PrintVisitor.prototype.SubExpression = function(sexpr) {
        var params = sexpr.params, paramStrings = [], hash = void 0;
        for (var i = 0, l = params.length; i < l; i++) {
          paramStrings.push(this.accept(params[i]));
        }
        params = "[" + paramStrings.join(", ") + "]";
        hash = sexpr.hash ? " " + this.accept(sexpr.hash) : "";
        return this.accept(sexpr.path) + " " + params + hash;
      };
      PrintVisitor.prototype.PathExpression = function(id) {
        var path2 = id.parts.join("/");
        return (id.data ? "@" : "") + "PATH:" + path2;
      };
      PrintVisitor.prototype.StringLiteral = function(string) {
        return '"' + string.value + '"';
      };
      PrintVisitor.prototype.NumberLiteral = function(number) {
        return "NUMBER{" + number.value + "}";
      };
      PrintVisitor.prototype.BooleanLiteral = function(bool) {
        return "BOOLEAN{" + bool.value + "}";
      };
      PrintVisitor.prototype.UndefinedLiteral = function() {
        return "UNDEFINED";
      };
      PrintVisitor.prototype.NullLiteral = function() {
        return "NULL";
      };
      PrintVisitor.prototype.Hash = function(hash) {
        var pairs = hash.pairs, joinedPairs = [];
        for (var i = 0, l = pairs.length; i < l; i++) {
          joinedPairs.push(this.accept(pairs[i]));
        }
        return "HASH{" + joinedPairs.join(", ") + "}";
      };
      PrintVisitor.prototype.HashPair = function(pair) {
        return pair.key + "=" + this.accept(pair.value);
      };
    })
  ),
  /***/
  7749: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _exception = __nccwpck_require__2(9252);
      var _exception2 = _interopRequireDefault(_exception);
      var _utils = __nccwpck_require__2(8272);
      var _nodeTypes = __nccwpck_require__2(9815);
      function Visitor() {
        this.parents = [];
      }
      function isDispatchable(visitor, type) {
        return _utils.indexOf(_nodeTypes.NODE_TYPES, type) !== -1 || !(type in Visitor.prototype) && typeof visitor[type] === "function";
      }
      Visitor.prototype = {
        constructor: Visitor,
        mutating: false,
        // Visits a given value. If mutating, will replace the value if necessary.
        acceptKey: function acceptKey(node, name) {
          var value = this.accept(node[name]);
          if (this.mutating) {
            if (value && !isDispatchable(this, value.type)) {
              throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node.type);
            }
            node[name] = value;
          }
        },
        // Performs an accept operation with added sanity check to ensure
        // required keys are not removed.
        acceptRequired: function acceptRequired(node, name) {
          this.acceptKey(node, name);
          if (!node[name]) {
            throw new _exception2["default"](node.type + " requires " + name);
          }
        },
        // Traverses a given array. If mutating, empty respnses will be removed
        // for child elements.
        acceptArray: function acceptArray(array) {
          for (var i = 0, l = array.length; i < l; i++) {
            this.acceptKey(array, i);
            if (!array[i]) {
              array.splice(i, 1);
              i--;
              l--;
            }
          }
        },
        accept: function accept(object) {
          if (!object) {
            return;
          }
          if (!isDispatchable(this, object.type) || !this[object.type]) {
            throw new _exception2["default"]("Unknown type: " + object.type, object);
          }
          if (this.current) {
            this.parents.unshift(this.current);
          }
          this.current = object;
          var ret = this[object.type](object);
          this.current = this.parents.shift();
          if (!this.mutating || ret) {
            return ret;
          } else if (ret !== false) {
            return object;
          }
        },
        Program: function Program(program) {
          this.acceptArray(program.body);
        },
        MustacheStatement: visitSubExpression,
        Decorator: visitSubExpression,
        BlockStatement: visitBlock,
        DecoratorBlock: visitBlock,
        PartialStatement: visitPartial,
        PartialBlockStatement: function PartialBlockStatement(partial) {
          visitPartial.call(this, partial);
          this.acceptKey(partial, "program");
        },
        ContentStatement: function ContentStatement() {
        },
        CommentStatement: function CommentStatement() {
        },
        SubExpression: visitSubExpression,
        PathExpression: function PathExpression() {
        },
        StringLiteral: function StringLiteral() {
        },
        NumberLiteral: function NumberLiteral() {
        },
        BooleanLiteral: function BooleanLiteral() {
        },
        UndefinedLiteral: function UndefinedLiteral() {
        },
        NullLiteral: function NullLiteral() {
        },
        Hash: function Hash(hash) {
          this.acceptArray(hash.pairs);
        },
        HashPair: function HashPair(pair) {
          this.acceptRequired(pair, "value");
        }
      };
      function visitSubExpression(mustache) {
        this.acceptRequired(mustache, "path");
        this.acceptArray(mustache.params);
        this.acceptKey(mustache, "hash");
      }
      function visitBlock(block) {
        visitSubExpression.call(this, block);
        this.acceptKey(block, "program");
        this.acceptKey(block, "inverse");
      }
      function visitPartial(partial) {
        this.acceptRequired(partial, "name");
        this.acceptArray(partial.params);
        this.acceptKey(partial, "hash");
      }
      exports["default"] = Visitor;
      module.exports = exports["default"];
    })
  ),
  /***/
  9422: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _visitor = __nccwpck_require__2(7749);
      var _visitor2 = _interopRequireDefault(_visitor);
      function WhitespaceControl() {
        var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
        this.options = options;
      }
      WhitespaceControl.prototype = new _visitor2["default"]();
      WhitespaceControl.prototype.Program = function(program) {
        var doStandalone = !this.options.ignoreStandalone;
        var isRoot = !this.isRootSeen;
        this.isRootSeen = true;
        var body = program.body;
        for (var i = 0, l = body.length; i < l; i++) {
          var current = body[i], strip = this.accept(current);
          if (!strip) {
            continue;
          }
          var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
          if (strip.close) {
            omitRight(body, i, true);
          }
          if (strip.open) {
            omitLeft(body, i, true);
          }
          if (doStandalone && inlineStandalone) {
            omitRight(body, i);
            if (omitLeft(body, i)) {
              if (current.type === "PartialStatement") {
                current.indent = /(?:^|[^ \t])([ \t]+)$/.exec(body[i - 1].original)[1];
              }
            }
          }
          if (doStandalone && openStandalone) {
            omitRight((current.program || current.inverse).body);
            omitLeft(body, i);
          }
          if (doStandalone && closeStandalone) {
            omitRight(body, i);
            omitLeft((current.inverse || current.program).body);
          }
        }
        return program;
      };
      WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
        this.accept(block.program);
        this.accept(block.inverse);
        var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
        if (inverse && inverse.chained) {
          firstInverse = inverse.body[0].program;
          while (lastInverse.chained) {
            lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
          }
        }
        var strip = {
          open: block.openStrip.open,
          close: block.closeStrip.close,
          // Determine the standalone candiacy. Basically flag our content as being possibly standalone
          // so our parent can determine if we actually are standalone
          openStandalone: isNextWhitespace(program.body),
          closeStandalone: isPrevWhitespace((firstInverse || program).body)
        };
        if (block.openStrip.close) {
          omitRight(program.body, null, true);
        }
        if (inverse) {
          var inverseStrip = block.inverseStrip;
          if (inverseStrip.open) {
            omitLeft(program.body, null, true);
          }
          if (inverseStrip.close) {
            omitRight(firstInverse.body, null, true);
          }
          if (block.closeStrip.open) {
            omitLeft(lastInverse.body, null, true);
          }
          if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
            omitLeft(program.body);
            omitRight(firstInverse.body);
          }
        } else if (block.closeStrip.open) {
          omitLeft(program.body, null, true);
        }
        return strip;
      };
      WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
        return mustache.strip;
      };
      WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node) {
        var strip = node.strip || {};
        return {
          inlineStandalone: true,
          open: strip.open,
          close: strip.close
        };
      };
      function isPrevWhitespace(body, i, isRoot) {
        if (i === void 0) {
          i = body.length;
        }
        var prev = body[i - 1], sibling = body[i - 2];
        if (!prev) {
          return isRoot;
        }
        if (prev.type === "ContentStatement") {
          return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
        }
      }
      function isNextWhitespace(body, i, isRoot) {
        if (i === void 0) {
          i = -1;
        }
        var next = body[i + 1], sibling = body[i + 2];
        if (!next) {
          return isRoot;
        }
        if (next.type === "ContentStatement") {
          return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
        }
      }
      function omitRight(body, i, multiple) {
        var current = body[i == null ? 0 : i + 1];
        if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
          return;
        }
        var original = current.value;
        current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
        current.rightStripped = current.value !== original;
      }
      function omitLeft(body, i, multiple) {
        var current = body[i == null ? body.length - 1 : i - 1];
        if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
          return;
        }
        var original = current.value;
        current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1");
        current.leftStripped = current.value !== original;
        return current.leftStripped;
      }
      exports["default"] = WhitespaceControl;
      module.exports = exports["default"];
    })
  ),
  /***/
  1447: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      exports.registerDefaultDecorators = registerDefaultDecorators;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _decoratorsInline = __nccwpck_require__2(379);
      var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
      function registerDefaultDecorators(instance) {
        _decoratorsInline2["default"](instance);
      }
    })
  ),
  /***/
  379: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      var _utils = __nccwpck_require__2(8272);
      exports["default"] = function(instance) {
        instance.registerDecorator("inline", function(fn, props, container, options) {
          var ret = fn;
          if (!props.partials) {
            props.partials = {};
            ret = function(context, options2) {
              var original = container.partials;
              container.partials = _utils.extend({}, original, props.partials);
              var ret2 = fn(context, options2);
              container.partials = original;
              return ret2;
            };
          }
          props.partials[options.args[0]] = options.fn;
          return ret;
        });
      };
      module.exports = exports["default"];
    })
  ),
  /***/
  9252: (
    /***/
    ((module, exports) => {
      exports.__esModule = true;
      var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
      function Exception(message, node) {
        var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
        if (loc && loc.start) {
          line = loc.start.line;
          column = loc.start.column;
          if (loc.end) {
            endLineNumber = loc.end.line;
            endColumn = loc.end.column;
          }
          message += " - " + line + ":" + column;
        }
        var tmp = Error.prototype.constructor.call(this, message);
        for (var idx = 0; idx < errorProps.length; idx++) {
          this[errorProps[idx]] = tmp[errorProps[idx]];
        }
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, Exception);
        }
        try {
          if (loc) {
            this.lineNumber = line;
            this.endLineNumber = endLineNumber;
            if (Object.defineProperty) {
              Object.defineProperty(this, "column", {
                value: column,
                enumerable: true
              });
              Object.defineProperty(this, "endColumn", {
                value: endColumn,
                enumerable: true
              });
            } else {
              this.column = column;
              this.endColumn = endColumn;
            }
          }
        } catch (nop) {
        }
      }
      Exception.prototype = new Error();
      exports["default"] = Exception;
      module.exports = exports["default"];
    })
  ),
  /***/
  5248: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      exports.registerDefaultHelpers = registerDefaultHelpers;
      exports.moveHelperToHooks = moveHelperToHooks;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _helpersBlockHelperMissing = __nccwpck_require__2(9102);
      var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
      var _helpersEach = __nccwpck_require__2(3350);
      var _helpersEach2 = _interopRequireDefault(_helpersEach);
      var _helpersHelperMissing = __nccwpck_require__2(9786);
      var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
      var _helpersIf = __nccwpck_require__2(6040);
      var _helpersIf2 = _interopRequireDefault(_helpersIf);
      var _helpersLog = __nccwpck_require__2(4969);
      var _helpersLog2 = _interopRequireDefault(_helpersLog);
      var _helpersLookup = __nccwpck_require__2(3285);
      var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
      var _helpersWith = __nccwpck_require__2(1691);
      var _helpersWith2 = _interopRequireDefault(_helpersWith);
      function registerDefaultHelpers(instance) {
        _helpersBlockHelperMissing2["default"](instance);
        _helpersEach2["default"](instance);
        _helpersHelperMissing2["default"](instance);
        _helpersIf2["default"](instance);
        _helpersLog2["default"](instance);
        _helpersLookup2["default"](instance);
        _helpersWith2["default"](instance);
      }
      function moveHelperToHooks(instance, helperName, keepHelper) {
        if (instance.helpers[helperName]) {
          instance.hooks[helperName] = instance.helpers[helperName];
          if (!keepHelper) {
            instance.helpers[helperName] = void 0;
          }
        }
      }
    })
  ),
  /***/
  9102: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      var _utils = __nccwpck_require__2(8272);
      exports["default"] = function(instance) {
        instance.registerHelper("blockHelperMissing", function(context, options) {
          var inverse = options.inverse, fn = options.fn;
          if (context === true) {
            return fn(this);
          } else if (context === false || context == null) {
            return inverse(this);
          } else if (_utils.isArray(context)) {
            if (context.length > 0) {
              if (options.ids) {
                options.ids = [options.name];
              }
              return instance.helpers.each(context, options);
            } else {
              return inverse(this);
            }
          } else {
            if (options.data && options.ids) {
              var data = _utils.createFrame(options.data);
              data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
              options = { data };
            }
            return fn(context, options);
          }
        });
      };
      module.exports = exports["default"];
    })
  ),
  /***/
  3350: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _utils = __nccwpck_require__2(8272);
      var _exception = __nccwpck_require__2(9252);
      var _exception2 = _interopRequireDefault(_exception);
      function closeIterator(iterator) {
        try {
          var _close = iterator["return"];
          if (_utils.isFunction(_close)) {
            _close.call(iterator);
          }
        } catch (closeError) {
        }
      }
      exports["default"] = function(instance) {
        instance.registerHelper("each", function(context, options) {
          if (!options) {
            throw new _exception2["default"]("Must pass iterator to #each");
          }
          var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
          if (options.data && options.ids) {
            contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
          }
          if (_utils.isFunction(context)) {
            context = context.call(this);
          }
          if (options.data) {
            data = _utils.createFrame(options.data);
          }
          function execIteration(field, index, last, value) {
            if (data) {
              data.key = field;
              data.index = index;
              data.first = index === 0;
              data.last = !!last;
              if (contextPath) {
                data.contextPath = contextPath + field;
              }
            }
            ret = ret + fn(value, {
              data,
              blockParams: _utils.blockParams([value, field], [contextPath + field, null])
            });
          }
          if (context && typeof context === "object") {
            if (_utils.isArray(context)) {
              for (var j = context.length; i < j; i++) {
                if (i in context) {
                  execIteration(i, i, i === context.length - 1, context[i]);
                }
              }
            } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
              var iterator = context[Symbol.iterator]();
              var current = iterator.next();
              while (!current.done) {
                var next = iterator.next();
                try {
                  execIteration(i, i, next.done, current.value);
                } catch (e) {
                  if (!next.done) {
                    closeIterator(iterator);
                  }
                  throw e;
                }
                current = next;
                i++;
              }
            } else {
              (function() {
                var priorKey = void 0;
                Object.keys(context).forEach(function(key) {
                  if (priorKey !== void 0) {
                    execIteration(priorKey, i - 1, false, context[priorKey]);
                  }
                  priorKey = key;
                  i++;
                });
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, true, context[priorKey]);
                }
              })();
            }
          }
          if (i === 0) {
            ret = inverse(this);
          }
          return ret;
        });
      };
      module.exports = exports["default"];
    })
  ),
  /***/
  9786: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _exception = __nccwpck_require__2(9252);
      var _exception2 = _interopRequireDefault(_exception);
      exports["default"] = function(instance) {
        instance.registerHelper("helperMissing", function() {
          if (arguments.length === 1) {
            return void 0;
          } else {
            throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
          }
        });
      };
      module.exports = exports["default"];
    })
  ),
  /***/
  6040: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _utils = __nccwpck_require__2(8272);
      var _exception = __nccwpck_require__2(9252);
      var _exception2 = _interopRequireDefault(_exception);
      exports["default"] = function(instance) {
        instance.registerHelper("if", function(conditional, options) {
          if (arguments.length != 2) {
            throw new _exception2["default"]("#if requires exactly one argument");
          }
          if (_utils.isFunction(conditional)) {
            conditional = conditional.call(this);
          }
          if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
            return options.inverse(this);
          } else {
            return options.fn(this);
          }
        });
        instance.registerHelper("unless", function(conditional, options) {
          if (arguments.length != 2) {
            throw new _exception2["default"]("#unless requires exactly one argument");
          }
          return instance.helpers["if"].call(this, conditional, {
            fn: options.inverse,
            inverse: options.fn,
            hash: options.hash
          });
        });
      };
      module.exports = exports["default"];
    })
  ),
  /***/
  4969: (
    /***/
    ((module, exports) => {
      exports.__esModule = true;
      exports["default"] = function(instance) {
        instance.registerHelper("log", function() {
          var args = [void 0], options = arguments[arguments.length - 1];
          for (var i = 0; i < arguments.length - 1; i++) {
            args.push(arguments[i]);
          }
          var level = 1;
          if (options.hash.level != null) {
            level = options.hash.level;
          } else if (options.data && options.data.level != null) {
            level = options.data.level;
          }
          args[0] = level;
          instance.log.apply(instance, args);
        });
      };
      module.exports = exports["default"];
    })
  ),
  /***/
  3285: (
    /***/
    ((module, exports) => {
      exports.__esModule = true;
      exports["default"] = function(instance) {
        instance.registerHelper("lookup", function(obj, field, options) {
          if (!obj) {
            return obj;
          }
          return options.lookupProperty(obj, field);
        });
      };
      module.exports = exports["default"];
    })
  ),
  /***/
  1691: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _utils = __nccwpck_require__2(8272);
      var _exception = __nccwpck_require__2(9252);
      var _exception2 = _interopRequireDefault(_exception);
      exports["default"] = function(instance) {
        instance.registerHelper("with", function(context, options) {
          if (arguments.length != 2) {
            throw new _exception2["default"]("#with requires exactly one argument");
          }
          if (_utils.isFunction(context)) {
            context = context.call(this);
          }
          var fn = options.fn;
          if (!_utils.isEmpty(context)) {
            var data = options.data;
            if (options.data && options.ids) {
              data = _utils.createFrame(options.data);
              data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
            }
            return fn(context, {
              data,
              blockParams: _utils.blockParams([context], [data && data.contextPath])
            });
          } else {
            return options.inverse(this);
          }
        });
      };
      module.exports = exports["default"];
    })
  ),
  /***/
  4784: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      exports.createProtoAccessControl = createProtoAccessControl;
      exports.resultIsAllowed = resultIsAllowed;
      exports.isPrototypeConstructor = isPrototypeConstructor;
      exports.resetLoggedProperties = resetLoggedProperties;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      var _utils = __nccwpck_require__2(8272);
      var _logger = __nccwpck_require__2(8525);
      var _logger2 = _interopRequireDefault(_logger);
      var loggedProperties = /* @__PURE__ */ Object.create(null);
      function createProtoAccessControl(runtimeOptions) {
        var propertyWhiteList = /* @__PURE__ */ Object.create(null);
        propertyWhiteList["__proto__"] = false;
        _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
        var methodWhiteList = /* @__PURE__ */ Object.create(null);
        methodWhiteList["constructor"] = false;
        methodWhiteList["__defineGetter__"] = false;
        methodWhiteList["__defineSetter__"] = false;
        methodWhiteList["__lookupGetter__"] = false;
        methodWhiteList["__lookupSetter__"] = false;
        _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
        return {
          properties: {
            whitelist: propertyWhiteList,
            defaultValue: runtimeOptions.allowProtoPropertiesByDefault
          },
          methods: {
            whitelist: methodWhiteList,
            defaultValue: runtimeOptions.allowProtoMethodsByDefault
          }
        };
      }
      function resultIsAllowed(result, protoAccessControl, propertyName) {
        if (typeof result === "function") {
          return checkWhiteList(protoAccessControl.methods, propertyName);
        } else {
          return checkWhiteList(protoAccessControl.properties, propertyName);
        }
      }
      function isPrototypeConstructor(parent, propertyName, result) {
        return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
      }
      function checkWhiteList(protoAccessControlForType, propertyName) {
        if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
          return protoAccessControlForType.whitelist[propertyName] === true;
        }
        if (protoAccessControlForType.defaultValue !== void 0) {
          return protoAccessControlForType.defaultValue;
        }
        logUnexpecedPropertyAccessOnce(propertyName);
        return false;
      }
      function logUnexpecedPropertyAccessOnce(propertyName) {
        if (loggedProperties[propertyName] !== true) {
          loggedProperties[propertyName] = true;
          _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
        }
      }
      function resetLoggedProperties() {
        Object.keys(loggedProperties).forEach(function(propertyName) {
          delete loggedProperties[propertyName];
        });
      }
    })
  ),
  /***/
  1975: (
    /***/
    ((__unused_webpack_module, exports) => {
      exports.__esModule = true;
      exports.wrapHelper = wrapHelper;
      function wrapHelper(helper, transformOptionsFn) {
        if (typeof helper !== "function") {
          return helper;
        }
        var wrapper = function wrapper2() {
          var options = arguments[arguments.length - 1];
          arguments[arguments.length - 1] = transformOptionsFn(options);
          return helper.apply(this, arguments);
        };
        return wrapper;
      }
    })
  ),
  /***/
  8525: (
    /***/
    ((module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      var _utils = __nccwpck_require__2(8272);
      var logger = {
        methodMap: ["debug", "info", "warn", "error"],
        level: "info",
        // Maps a given level value to the `methodMap` indexes above.
        lookupLevel: function lookupLevel(level) {
          if (typeof level === "string") {
            var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
            if (levelMap >= 0) {
              level = levelMap;
            } else {
              level = parseInt(level, 10);
            }
          }
          return level;
        },
        // Can be overridden in the host environment
        log: function log2(level) {
          level = logger.lookupLevel(level);
          if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
            var method = logger.methodMap[level];
            if (!console[method]) {
              method = "log";
            }
            for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
              message[_key - 1] = arguments[_key];
            }
            console[method].apply(console, message);
          }
        }
      };
      exports["default"] = logger;
      module.exports = exports["default"];
    })
  ),
  /***/
  9309: (
    /***/
    ((module, exports) => {
      exports.__esModule = true;
      exports["default"] = function(Handlebars) {
        (function() {
          if (typeof globalThis === "object") return;
          Object.prototype.__defineGetter__("__magic__", function() {
            return this;
          });
          __magic__.globalThis = __magic__;
          delete Object.prototype.__magic__;
        })();
        var $Handlebars = globalThis.Handlebars;
        Handlebars.noConflict = function() {
          if (globalThis.Handlebars === Handlebars) {
            globalThis.Handlebars = $Handlebars;
          }
          return Handlebars;
        };
      };
      module.exports = exports["default"];
    })
  ),
  /***/
  3569: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      exports.__esModule = true;
      exports.checkRevision = checkRevision;
      exports.template = template;
      exports.wrapProgram = wrapProgram;
      exports.resolvePartial = resolvePartial;
      exports.invokePartial = invokePartial;
      exports.noop = noop;
      function _interopRequireDefault(obj) {
        return obj && obj.__esModule ? obj : { "default": obj };
      }
      function _interopRequireWildcard(obj) {
        if (obj && obj.__esModule) {
          return obj;
        } else {
          var newObj = {};
          if (obj != null) {
            for (var key in obj) {
              if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
            }
          }
          newObj["default"] = obj;
          return newObj;
        }
      }
      var _utils = __nccwpck_require__2(8272);
      var Utils = _interopRequireWildcard(_utils);
      var _exception = __nccwpck_require__2(9252);
      var _exception2 = _interopRequireDefault(_exception);
      var _base = __nccwpck_require__2(7280);
      var _helpers = __nccwpck_require__2(5248);
      var _internalWrapHelper = __nccwpck_require__2(1975);
      var _internalProtoAccess = __nccwpck_require__2(4784);
      function checkRevision(compilerInfo) {
        var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
        if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
          return;
        }
        if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
          var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
          throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
        } else {
          throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
        }
      }
      function template(templateSpec, env) {
        if (!env) {
          throw new _exception2["default"]("No environment passed to template");
        }
        if (!templateSpec || !templateSpec.main) {
          throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
        }
        templateSpec.main.decorator = templateSpec.main_d;
        env.VM.checkRevision(templateSpec.compiler);
        var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
        function invokePartialWrapper(partial, context, options) {
          if (options.hash) {
            context = Utils.extend({}, context, options.hash);
            if (options.ids) {
              options.ids[0] = true;
            }
          }
          partial = env.VM.resolvePartial.call(this, partial, context, options);
          options.hooks = this.hooks;
          options.protoAccessControl = this.protoAccessControl;
          var result = env.VM.invokePartial.call(this, partial, context, options);
          if (result == null && Utils.isFunction(partial)) {
            throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
          }
          if (result == null && env.compile) {
            if (typeof partial !== "string") {
              throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
            }
            options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
            result = options.partials[options.name](context, options);
          }
          if (result != null) {
            if (options.indent) {
              var lines = result.split("\n");
              for (var i = 0, l = lines.length; i < l; i++) {
                if (!lines[i] && i + 1 === l) {
                  break;
                }
                lines[i] = options.indent + lines[i];
              }
              result = lines.join("\n");
            }
            return result;
          } else {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
          }
        }
        var container = {
          strict: function strict(obj, name, loc) {
            if (!obj || !(name in obj)) {
              throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
                loc
              });
            }
            return container.lookupProperty(obj, name);
          },
          lookupProperty: function lookupProperty(parent, propertyName) {
            var result = parent[propertyName];
            if (result == null) {
              return result;
            }
            if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
              return result;
            }
            if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
              return result;
            }
            return void 0;
          },
          lookup: function lookup(depths, name) {
            var len = depths.length;
            for (var i = 0; i < len; i++) {
              var result = depths[i] && container.lookupProperty(depths[i], name);
              if (result != null) {
                return result;
              }
            }
          },
          lambda: function lambda(current, context) {
            return typeof current === "function" ? current.call(context) : current;
          },
          escapeExpression: Utils.escapeExpression,
          invokePartial: invokePartialWrapper,
          fn: function fn(i) {
            var ret2 = templateSpec[i];
            ret2.decorator = templateSpec[i + "_d"];
            return ret2;
          },
          programs: [],
          program: function program(i, data, declaredBlockParams, blockParams, depths) {
            var programWrapper = this.programs[i], fn = this.fn(i);
            if (data || depths || blockParams || declaredBlockParams) {
              programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
            } else if (!programWrapper) {
              programWrapper = this.programs[i] = wrapProgram(this, i, fn);
            }
            return programWrapper;
          },
          data: function data(value, depth) {
            while (value && depth--) {
              value = value._parent;
            }
            return value;
          },
          mergeIfNeeded: function mergeIfNeeded(param, common) {
            var obj = param || common;
            if (param && common && param !== common) {
              obj = Utils.extend({}, common, param);
            }
            return obj;
          },
          // An empty object to use as replacement for null-contexts
          nullContext: Object.seal({}),
          noop: env.VM.noop,
          compilerInfo: templateSpec.compiler
        };
        function ret(context) {
          var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
          var data = options.data;
          ret._setup(options);
          if (!options.partial && templateSpec.useData) {
            data = initData(context, data);
          }
          var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
          if (templateSpec.useDepths) {
            if (options.depths) {
              depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
            } else {
              depths = [context];
            }
          }
          function main(context2) {
            return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
          }
          main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
          return main(context, options);
        }
        ret.isTop = true;
        ret._setup = function(options) {
          if (!options.partial) {
            var mergedHelpers = {};
            addHelpers(mergedHelpers, env.helpers, container);
            addHelpers(mergedHelpers, options.helpers, container);
            container.helpers = mergedHelpers;
            if (templateSpec.usePartial) {
              container.partials = container.mergeIfNeeded(options.partials, env.partials);
            }
            if (templateSpec.usePartial || templateSpec.useDecorators) {
              container.decorators = Utils.extend({}, env.decorators, options.decorators);
            }
            container.hooks = {};
            container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
            var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
            _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
            _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
          } else {
            container.protoAccessControl = options.protoAccessControl;
            container.helpers = options.helpers;
            container.partials = options.partials;
            container.decorators = options.decorators;
            container.hooks = options.hooks;
          }
        };
        ret._child = function(i, data, blockParams, depths) {
          if (templateSpec.useBlockParams && !blockParams) {
            throw new _exception2["default"]("must pass block params");
          }
          if (templateSpec.useDepths && !depths) {
            throw new _exception2["default"]("must pass parent depths");
          }
          return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
        };
        return ret;
      }
      function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
        function prog(context) {
          var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
          var currentDepths = depths;
          if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
            currentDepths = [context].concat(depths);
          }
          return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
        }
        prog = executeDecorators(fn, prog, container, depths, data, blockParams);
        prog.program = i;
        prog.depth = depths ? depths.length : 0;
        prog.blockParams = declaredBlockParams || 0;
        return prog;
      }
      function resolvePartial(partial, context, options) {
        if (!partial) {
          if (options.name === "@partial-block") {
            partial = lookupOwnProperty(options.data, "partial-block");
          } else {
            partial = lookupOwnProperty(options.partials, options.name);
          }
        } else if (typeof partial !== "function" && !options.name) {
          options.name = partial;
          partial = lookupOwnProperty(options.partials, partial);
        }
        return partial;
      }
      function invokePartial(partial, context, options) {
        var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
        options.partial = true;
        if (options.ids) {
          options.data.contextPath = options.ids[0] || options.data.contextPath;
        }
        var partialBlock = void 0;
        if (options.fn && options.fn !== noop) {
          (function() {
            options.data = _base.createFrame(options.data);
            var fn = options.fn;
            partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
              var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
              options2.data = _base.createFrame(options2.data);
              options2.data["partial-block"] = currentPartialBlock;
              return fn(context2, options2);
            };
            if (fn.partials) {
              options.partials = Utils.extend({}, options.partials, fn.partials);
            }
          })();
        }
        if (partial === void 0 && partialBlock) {
          partial = partialBlock;
        }
        if (partial === void 0) {
          throw new _exception2["default"]("The partial " + options.name + " could not be found");
        } else if (partial instanceof Function) {
          return partial(context, options);
        }
      }
      function noop() {
        return "";
      }
      function lookupOwnProperty(obj, name) {
        if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
          return obj[name];
        }
      }
      function initData(context, data) {
        if (!data || !("root" in data)) {
          data = data ? _base.createFrame(data) : {};
          data.root = context;
        }
        return data;
      }
      function executeDecorators(fn, prog, container, depths, data, blockParams) {
        if (fn.decorator) {
          var props = {};
          prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
          Utils.extend(prog, props);
        }
        return prog;
      }
      function addHelpers(mergedHelpers, helpers, container) {
        if (!helpers) return;
        Object.keys(helpers).forEach(function(helperName) {
          var helper = helpers[helperName];
          mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
        });
      }
      function passLookupPropertyOption(helper, container) {
        var lookupProperty = container.lookupProperty;
        return _internalWrapHelper.wrapHelper(helper, function(options) {
          options.lookupProperty = lookupProperty;
          return options;
        });
      }
    })
  ),
  /***/
  7544: (
    /***/
    ((module, exports) => {
      exports.__esModule = true;
      function SafeString(string) {
        this.string = string;
      }
      SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
        return "" + this.string;
      };
      exports["default"] = SafeString;
      module.exports = exports["default"];
    })
  ),
  /***/
  8272: (
    /***/
    ((__unused_webpack_module, exports) => {
      exports.__esModule = true;
      exports.extend = extend;
      exports.indexOf = indexOf;
      exports.escapeExpression = escapeExpression;
      exports.isEmpty = isEmpty;
      exports.createFrame = createFrame;
      exports.blockParams = blockParams;
      exports.appendContextPath = appendContextPath;
      var escape = {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "'": "&#x27;",
        "`": "&#x60;",
        "=": "&#x3D;"
      };
      var badChars = /[&<>"'`=]/g, possible = /[&<>"'`=]/;
      function escapeChar(chr) {
        return escape[chr];
      }
      function extend(obj) {
        for (var i = 1; i < arguments.length; i++) {
          for (var key in arguments[i]) {
            if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
              obj[key] = arguments[i][key];
            }
          }
        }
        return obj;
      }
      var toString = Object.prototype.toString;
      exports.toString = toString;
      var isFunction = function isFunction2(value) {
        return typeof value === "function";
      };
      if (isFunction(/x/)) {
        exports.isFunction = isFunction = function(value) {
          return typeof value === "function" && toString.call(value) === "[object Function]";
        };
      }
      exports.isFunction = isFunction;
      var isArray = Array.isArray || function(value) {
        return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
      };
      exports.isArray = isArray;
      function indexOf(array, value) {
        for (var i = 0, len = array.length; i < len; i++) {
          if (array[i] === value) {
            return i;
          }
        }
        return -1;
      }
      function escapeExpression(string) {
        if (typeof string !== "string") {
          if (string && typeof string.toHTML === "function") {
            return string.toHTML();
          } else if (string == null) {
            return "";
          } else if (!string) {
            return string + "";
          }
          string = "" + string;
        }
        if (!possible.test(string)) {
          return string;
        }
        return string.replace(badChars, escapeChar);
      }
      function isEmpty(value) {
        if (!value && value !== 0) {
          return true;
        } else if (isArray(value) && value.length === 0) {
          return true;
        } else {
          return false;
        }
      }
      function createFrame(object) {
        var frame = extend({}, object);
        frame._parent = object;
        return frame;
      }
      function blockParams(params, ids) {
        params.path = ids;
        return params;
      }
      function appendContextPath(contextPath, id) {
        return (contextPath ? contextPath + "." : "") + id;
      }
    })
  ),
  /***/
  8508: (
    /***/
    ((module, __unused_webpack_exports, __nccwpck_require__2) => {
      var handlebars = __nccwpck_require__2(2150)["default"];
      var printer = __nccwpck_require__2(8043);
      handlebars.PrintVisitor = printer.PrintVisitor;
      handlebars.print = printer.print;
      module.exports = handlebars;
      function extension(module2, filename) {
        var fs2 = __nccwpck_require__2(9896);
        var templateString = fs2.readFileSync(filename, "utf8");
        module2.exports = handlebars.compile(templateString);
      }
      if (__WEBPACK_EXTERNAL_createRequire(import.meta.url).extensions) {
        __WEBPACK_EXTERNAL_createRequire(import.meta.url).extensions[".handlebars"] = extension;
        __WEBPACK_EXTERNAL_createRequire(import.meta.url).extensions[".hbs"] = extension;
      }
    })
  ),
  /***/
  6591: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      exports.quote = __nccwpck_require__2(5335);
      __nccwpck_require__2(2696);
    })
  ),
  /***/
  2696: (
    /***/
    ((module) => {
      var CONTROL = (
        /** @type {const} */
        "(?:" + /** @type {const} */
        [
          "\\|\\|",
          "\\&(?:\\&|>>?)",
          // `&&`, `&>`, and `&>>`
          ";;\\&?",
          // `;;` and `;;&`
          "[;|]\\&",
          // `;&` and `|&`
          "\\<\\(",
          "\\<\\<\\<",
          "\\<\\<-",
          "\\<\\<(?!\\()",
          // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
          ">>",
          ">[&|(]",
          // `>&`, `>|`, and `>(`
          "<[&>]",
          // `<&` and `<>`
          "[&;()|<>]"
        ].join(
          /** @type {const} */
          "|"
        ) + /** @type {const} */
        ")"
      );
      var controlRE = new RegExp("^" + CONTROL + "$");
      var META = (
        /** @type {const} */
        "|&;()<> \\t"
      );
      var SINGLE_QUOTE = (
        /** @type {const} */
        "'([^']*?)'"
      );
      var ANSI_C_BODY = "(?:\\\\[\\s\\S]|[^\\\\'])*?";
      var ANSI_C_QUOTE = "\\$'" + ANSI_C_BODY + "'";
      var ansiCAt = new RegExp("\\$'" + ANSI_C_BODY + "(?:(')|\\\\?$)", "g");
      var ANSI_C_LETTERS = "abeEfnrtv";
      var ANSI_C_CHARS = "\x07\b\x1B\x1B\f\n\r	\v";
      var hash = /^#$/;
      var SQ = (
        /** @type {const} */
        "'"
      );
      var DQ = (
        /** @type {const} */
        '"'
      );
      var DS = (
        /** @type {const} */
        "$"
      );
      var TOKEN = "";
      var mult = (
        /** @type {const} */
        4294967296
      );
      for (var i = 0; i < 4; i++) {
        TOKEN += (mult * Math.random()).toString(16);
      }
      var startsWithToken = new RegExp("^" + TOKEN);
      function matchAll(s, r) {
        var origIndex = r.lastIndex;
        var matches = [];
        var matchObj;
        while (matchObj = r.exec(s)) {
          matches[matches.length] = matchObj;
          if (r.lastIndex === matchObj.index) {
            r.lastIndex += 1;
          }
        }
        r.lastIndex = origIndex;
        return matches;
      }
      function getVar(env, pre, key) {
        var r = typeof env === "function" ? env(key) : env[key];
        if (typeof r === "undefined" && key != "") {
          r = "";
        } else if (typeof r === "undefined") {
          r = "$";
        }
        if (typeof r === "object") {
          return pre + TOKEN + JSON.stringify(r) + TOKEN;
        }
        return pre + r;
      }
      var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;
      function expandAnsiCEscape(m, escape) {
        var kind = escape.charAt(0);
        if (kind === "c") {
          var ctrl = escape.charAt(1);
          return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
        }
        if (kind === "x" || kind === "u" || kind === "U") {
          var cp = parseInt(escape.slice(1), 16);
          if (cp > 1114111) {
            return m;
          }
          return String.fromCharCode.apply(null, cp > 65535 ? [55232 + (cp >> 10), 56320 + (cp & 1023)] : [cp]);
        }
        if (kind >= "0" && kind <= "7") {
          return String.fromCharCode(parseInt(escape, 8) & 255);
        }
        var letter = ANSI_C_LETTERS.indexOf(escape);
        return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
      }
      function expandAnsiC(body) {
        return body.replace(ansiCEscape, expandAnsiCEscape).split("\0")[0];
      }
      function closesAnsiC(s, i2) {
        ansiCAt.lastIndex = i2;
        return !!/** @type {RegExpExecArray} */
        ansiCAt.exec(s)[1];
      }
      function parseInternal(string, env, opts) {
        if (!opts) {
          opts = {};
        }
        var BS = opts.escape || "\\";
        var ifs = opts.splitUnquoted === true ? " 	\n" : typeof opts.splitUnquoted === "string" ? opts.splitUnquoted : "";
        var BAREWORD = "(\\" + BS + `['"$\\` + BS + META + "]|\\$\\$|\\$(?!" + ANSI_C_QUOTE.slice(2) + `)|[^\\s'"$` + META + "])+";
        var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';
        var chunker = new RegExp([
          "(" + CONTROL + ")",
          // control chars
          "(" + ANSI_C_QUOTE + "|" + BAREWORD + "|" + DOUBLE_QUOTE + "|" + SINGLE_QUOTE + ")+"
        ].join("|"), "g");
        var matches = matchAll(string, chunker);
        if (matches.length === 0) {
          return [];
        }
        if (!env) {
          env = {};
        }
        var commented = false;
        return matches.map(function(match) {
          var s = match[0];
          if (!s || commented) {
            return void 0;
          }
          if (controlRE.test(s)) {
            return (
              /** @type {ControlOperator} */
              { op: s }
            );
          }
          var quote = false;
          var esc = false;
          var out = "";
          var words = [];
          var sawQuote = false;
          var pendingNw = null;
          var isGlob = false;
          var i2;
          function parseEnvVar() {
            i2 += 1;
            var varend;
            var varname;
            var char = s.charAt(i2);
            if (char === "{") {
              i2 += 1;
              if (s.charAt(i2) === "}") {
                throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
              }
              var depth = 1;
              varend = i2;
              while (depth > 0 && varend < s.length) {
                if (s.charAt(varend) === "{" && s.charAt(varend - 1) === "$") {
                  depth += 1;
                } else if (s.charAt(varend) === "}") {
                  depth -= 1;
                }
                varend += 1;
              }
              if (depth !== 0) {
                throw new Error("Bad substitution: " + s.slice(i2));
              }
              varend -= 1;
              varname = s.slice(i2, varend);
              i2 = varend;
            } else if (/[*@#?$!-]/.test(char)) {
              varname = char;
            } else {
              var slicedFromI = s.slice(i2);
              varend = slicedFromI.match(/[^\w\d_]/);
              if (!varend) {
                varname = slicedFromI;
                i2 = s.length;
              } else {
                varname = slicedFromI.slice(0, varend.index);
                i2 += /** @type {number} */
                varend.index - 1;
              }
            }
            return getVar(
              /** @type {NonNullable<typeof env>} */
              env,
              "",
              varname
            );
          }
          function flushRun() {
            if (pendingNw === null) {
              return;
            }
            if (pendingNw === 0) {
              if (out !== "") {
                words[words.length] = out;
                out = "";
              }
            } else {
              words[words.length] = out;
              out = "";
              for (var fe = 1; fe < pendingNw; fe += 1) {
                words[words.length] = "";
              }
            }
            pendingNw = null;
          }
          for (i2 = 0; i2 < s.length; i2++) {
            var c = s.charAt(i2);
            if (ifs && c !== DS) {
              flushRun();
            }
            isGlob = isGlob || !quote && (c === "*" || c === "?");
            if (esc) {
              out += c;
              esc = false;
            } else if (quote) {
              if (c === quote) {
                quote = false;
              } else if (quote == SQ) {
                out += c;
              } else {
                if (c === BS) {
                  i2 += 1;
                  c = s.charAt(i2);
                  if (c === DQ || c === BS || c === DS) {
                    out += c;
                  } else {
                    out += BS + c;
                  }
                } else if (c === DS) {
                  out += parseEnvVar();
                } else {
                  out += c;
                }
              }
            } else if (c === DQ || c === SQ) {
              quote = c;
              sawQuote = true;
            } else if (controlRE.test(c)) {
              return (
                /** @type {ControlOperator} */
                { op: s }
              );
            } else if (hash.test(c)) {
              commented = true;
              var commentObj = { comment: string.slice(match.index + i2 + 1) };
              if (out.length) {
                return (
                  /** @type {const} */
                  [out, commentObj]
                );
              }
              return (
                /** @type {const} */
                [commentObj]
              );
            } else if (c === BS) {
              esc = true;
            } else if (c === DS && s.charAt(i2 + 1) === SQ && closesAnsiC(s, i2)) {
              flushRun();
              sawQuote = true;
              out += expandAnsiC(s.slice(i2 + 2, ansiCAt.lastIndex - 1));
              i2 = ansiCAt.lastIndex - 1;
            } else if (c === DS) {
              var value = parseEnvVar();
              if (!ifs) {
                out += value;
              } else {
                for (var vi = 0; vi < value.length; vi += 1) {
                  var vc = value.charAt(vi);
                  if (ifs.indexOf(vc) < 0) {
                    flushRun();
                    out += vc;
                  } else if (pendingNw === null) {
                    pendingNw = vc === " " || vc === "	" || vc === "\n" ? 0 : 1;
                  } else if (vc !== " " && vc !== "	" && vc !== "\n") {
                    pendingNw += 1;
                  }
                }
              }
            } else {
              out += c;
            }
          }
          if (isGlob) {
            return (
              /** @type {GlobPattern} */
              { op: "glob", pattern: out }
            );
          }
          if (ifs) {
            if (pendingNw !== null && pendingNw > 0) {
              words[words.length] = out;
              out = "";
              for (var te = 1; te < pendingNw; te += 1) {
                words[words.length] = "";
              }
            }
            if (out !== "" || sawQuote && words.length === 0) {
              words[words.length] = out;
            }
            return words;
          }
          return out;
        }).reduce(
          function(prev, arg) {
            if (typeof arg === "undefined") {
              return prev;
            }
            [].concat(arg).forEach(function(entry) {
              prev[prev.length] = entry;
            });
            return prev;
          },
          /** @type {ParseEntry[]} */
          []
        );
      }
      module.exports = function parse2(s, env, opts) {
        var mapped = parseInternal(s, env, opts);
        if (typeof env !== "function") {
          return mapped;
        }
        return mapped.reduce(
          function(acc, s2) {
            if (typeof s2 === "object") {
              acc[acc.length] = s2;
              return acc;
            }
            var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
            if (xs.length === 1) {
              acc[acc.length] = xs[0];
              return acc;
            }
            xs.filter(Boolean).forEach(function(x) {
              acc[acc.length] = startsWithToken.test(x) ? JSON.parse(x.split(TOKEN)[1]) : x;
            });
            return acc;
          },
          /** @type {ParseEntry[]} */
          []
        );
      };
    })
  ),
  /***/
  5335: (
    /***/
    ((module) => {
      var OPS = (
        /** @type {const} */
        [
          "||",
          "&&",
          ";;&",
          ";;",
          ";&",
          "|&",
          "<(",
          ">(",
          "<<<",
          "<<-",
          "<<",
          ">>",
          ">&",
          ">|",
          "&>>",
          "&>",
          "<&",
          "<>",
          "&",
          ";",
          "(",
          ")",
          "|",
          "<",
          ">"
        ]
      );
      var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
      var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;
      module.exports = function quote(xs) {
        var sawComment = false;
        return xs.map(function(s) {
          if (sawComment && typeof s === "string" && LINE_TERMINATORS.test(s)) {
            throw new TypeError("a token after a `comment` must not contain line terminators");
          }
          if (s === "") {
            return (
              /** @type {const} */
              "''"
            );
          }
          if (s && typeof s === "object") {
            if ("op" in s && s.op === "glob") {
              if (typeof s.pattern !== "string") {
                throw new TypeError("glob token requires a string `pattern`");
              }
              if (LINE_TERMINATORS.test(s.pattern)) {
                throw new TypeError("glob `pattern` must not contain line terminators");
              }
              if (s.pattern === "") {
                return (
                  /** @type {const} */
                  "''"
                );
              }
              return s.pattern.replace(GLOB_SHELL_SPECIAL, "\\$&");
            }
            if ("op" in s && typeof s.op === "string") {
              if (OPS.indexOf(s.op) < 0) {
                throw new TypeError("invalid `op` value: " + JSON.stringify(s.op));
              }
              return s.op.replace(/[\s\S]/g, "\\$&");
            }
            if ("comment" in s && typeof s.comment === "string") {
              if (LINE_TERMINATORS.test(s.comment)) {
                throw new TypeError("`comment` must not contain line terminators");
              }
              sawComment = true;
              return "#" + s.comment;
            }
            throw new TypeError("unrecognized object token shape");
          }
          if (/'/.test(s) && /!/.test(s)) {
            return "'" + s.replace(/'/g, `'"'"'`) + "'";
          }
          if (/["\s\\]/.test(s) && !/'/.test(s)) {
            return "'" + s + "'";
          }
          if (/["'\s]/.test(s)) {
            return '"' + s.replace(/(["\\$`])/g, "\\$1") + '"';
          }
          return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, "$1\\$2");
        }).join(" ");
      };
    })
  ),
  /***/
  9537: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        P: () => (
          /* binding */
          abortOnSignals
        )
      });
      var src_log = __nccwpck_require__2(543);
      var external_node_crypto_ = __nccwpck_require__2(7598);
      var external_node_fs_ = __nccwpck_require__2(3024);
      ;
      const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
      ;
      const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
      ;
      const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
      ;
      function http_createAgent(url, options) {
        if (new URL(url).protocol !== "https:")
          return new http.Agent({ keepAlive: true });
        return new https.Agent({
          keepAlive: true,
          rejectUnauthorized: options.rejectUnauthorized,
          ...options.clientCertificate
        });
      }
      class http_HttpTimeoutError extends Error {
        code = "ETIMEDOUT";
        constructor(timeoutMs) {
          super(`no answer within ${timeoutMs} ms`);
          this.name = "HttpTimeoutError";
        }
      }
      class http_RequestNotSentError extends Error {
        constructor(cause) {
          super(cause instanceof Error ? cause.message : String(cause), { cause });
          this.name = "RequestNotSentError";
        }
      }
      function http_send(url, request) {
        const target = new URL(url);
        const transport = target.protocol === "https:" ? https : http;
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
          outgoing.on("error", (error) => reject(connected ? error : new http_RequestNotSentError(error)));
          outgoing.end(request.body);
        });
      }
      ;
      const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");
      ;
      const time_realSleep = async (ms, signal) => {
        try {
          await delay(ms, void 0, { signal });
        } catch (error) {
          if (signal?.aborted)
            throw signal.reason;
          throw error;
        }
      };
      const time_systemClock = () => Date.now();
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
      function errors_isNotFound(error) {
        return error instanceof errors_OapiError && (error.httpStatus === 404 || error.code !== void 0 && notFoundCodes.has(error.code));
      }
      function isConflict(error) {
        return error instanceof errors_OapiError && error.httpStatus === 409;
      }
      const tooManyConcurrentSnapshotsCode = "10008";
      function errors_failureFromReply(httpStatus, bodyText) {
        const envelope = parseEnvelope(bodyText);
        const errors = envelope?.Errors ?? [];
        const requestId = envelope?.ResponseContext?.RequestId;
        const requestIdText = requestId ? ` [request id ${requestId}]` : "";
        if (errors.length === 0) {
          const text2 = bodyText.trim();
          const shown = text2 === "" ? " (empty response body)" : `: ${truncate(text2)}`;
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
      function errors_failureFromNetworkError(error, url) {
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
      function errors_failureFromBadSuccess(httpStatus, bodyText) {
        const text2 = bodyText.trim();
        const shown = text2 === "" ? "an empty body" : `a body that is not a JSON object: ${truncate(text2)}`;
        return { httpStatus, summary: `HTTP ${httpStatus} with ${shown}` };
      }
      class errors_OapiError extends Error {
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
      function truncate(text2, max = 300) {
        const oneLine = text2.replace(/\s+/g, " ");
        return oneLine.length > max ? `${oneLine.slice(0, max)}\u2026` : oneLine;
      }
      ;
      const retry_defaultRetryPolicy = {
        maxAttempts: 8,
        maxTotalMs: 12e4,
        baseDelayMs: 500,
        maxDelayMs: 1e4
      };
      const retry_clientTokenCalls = /* @__PURE__ */ new Set([
        "CreateVolume",
        "CreateSnapshot"
      ]);
      function retry_isIdempotent(call, body) {
        if (call.startsWith("Read"))
          return true;
        const token = body.ClientToken;
        return retry_clientTokenCalls.has(call) && typeof token === "string" && token !== "";
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
      function retry_isRetryable(failure, idempotent) {
        const { resend } = retryRuleFor(failure);
        return resend === "any call" || resend === "idempotent calls" && idempotent;
      }
      function retry_backoffDelayMs(retry, policy, random) {
        const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
        return Math.floor(random() * cap);
      }
      function retry_retryBudgetSpent(attempts2, elapsedAtNextMs, policy) {
        if (attempts2 >= policy.maxAttempts)
          return "attempts";
        if (elapsedAtNextMs > policy.maxTotalMs)
          return "time";
        return void 0;
      }
      var aws4_aws4 = __nccwpck_require__2(8832);
      ;
      const signingService = "api";
      async function signer_signRequest(input) {
        const url = new URL(input.url);
        const datetime = amzDate(input.date);
        const signer = new aws4.RequestSigner({
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
      class client_OapiClient {
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
          if (options.region.trim() === "") {
            throw new Error("The OAPI client needs a region: requests are signed for one region.");
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
            log.warning(`insecure_skip_tls_verify is on: the TLS certificate of ${this.endpoint} is not checked, so the credentials and every reply can be intercepted. Use it only for a test endpoint.`);
          }
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
          const started = performance.now();
          let status;
          let text2;
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
            text2 = reply.text;
          } catch (error) {
            if (signal?.aborted)
              throw signal.reason;
            const failure = failureFromNetworkError(error, url);
            log.debug(`OAPI ${name}: ${failure.summary} after ${elapsedSince(started)}`);
            return { ok: false, failure };
          }
          if (status < 200 || status > 299) {
            const failure = failureFromReply(status, text2);
            log.debug(`OAPI ${name}: ${failure.summary} in ${elapsedSince(started)}`);
            return { ok: false, failure };
          }
          const parsed = parseObject(text2);
          if (parsed === void 0)
            return { ok: false, failure: failureFromBadSuccess(status, text2) };
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
        return { ...body, ClientToken: randomUUID() };
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
      function parseObject(text2) {
        try {
          const parsed = JSON.parse(text2);
          return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : void 0;
        } catch {
          return void 0;
        }
      }
      function elapsedSince(startedMs) {
        return `${Math.round(performance.now() - startedMs)} ms`;
      }
      function readClientCertificate(endpoint, files) {
        if (files === void 0)
          return void 0;
        if (new URL(endpoint).protocol !== "https:") {
          log.warning(`x509_cert_path is set but ${endpoint} is not https: the client certificate is not used.`);
          return void 0;
        }
        const read = (option, path2) => {
          try {
            return readFileSync(path2);
          } catch (error) {
            const reason = error.code ?? "unreadable";
            throw new Error(`${option} ${JSON.stringify(path2)} cannot be read (${reason}).`, {
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
      var promises_ = __nccwpck_require__2(1455);
      var external_node_path_ = __nccwpck_require__2(6760);
      ;
      const samplesPerKind = 8;
      const maxKinds = 16;
      const maxFileBytes = (
        /* unused pure expression or super */
        null
      );
      const maxSampleMs = (
        /* unused pure expression or super */
        null
      );
      function validSample(value) {
        if (typeof value !== "object" || value === null)
          return false;
        const { lowMs, highMs } = value;
        return typeof lowMs === "number" && typeof highMs === "number" && Number.isFinite(lowMs) && Number.isFinite(highMs) && lowMs >= 0 && lowMs <= highMs && highMs <= maxSampleMs;
      }
      function parseSamples(text2) {
        let parsed;
        try {
          parsed = JSON.parse(text2);
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
          const stats = await lstat(file);
          if (!stats.isFile() || stats.size > maxFileBytes)
            return {};
          if (process.getuid && stats.uid !== process.getuid())
            return {};
          return parseSamples(await readFile(file, "utf8"));
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
          const directory = join(this.file, "..");
          const temporary = `${this.file}.${randomBytes(6).toString("hex")}.tmp`;
          try {
            await mkdir(directory, { recursive: true, mode: 448 });
            await writeFile(temporary, JSON.stringify({ version: 1, kinds: samples }), {
              mode: 384,
              flag: "wx"
            });
            await rename(temporary, this.file);
          } catch {
            await rm(temporary, { force: true }).catch(() => void 0);
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
      function duration_cache_runnerDurationStore(env = process.env) {
        const toolCache = env.RUNNER_TOOL_CACHE?.trim();
        if (!toolCache)
          return void 0;
        if (runnerStore?.toolCache !== toolCache) {
          const file = join(toolCache, "osc-chroot", "durations.json");
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
      class waiters_WaitError extends Error {
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
      async function waitFor(options) {
        const policy = options.policy ?? quickPolling;
        const sleep = options.sleep ?? realSleep;
        const now = options.now ?? systemClock;
        const { signal, phase, what } = options;
        const timeoutMs = options.timeoutSeconds * 1e3;
        const startedAt = options.startedAt ?? now();
        const progressRate = new ProgressRate();
        const durations = policy.learnDurations && options.learnAs ? options.durations : void 0;
        const window = durations && learnedWindow(await durations.recent(options.learnAs ?? ""));
        let windowReadsLeft = window?.reads ?? 0;
        let lastState;
        let delayMs = policy.initialMs;
        let notDoneAtMs = 0;
        let readNow = options.readNow;
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
          const resource = await options.read();
          signal?.throwIfAborted();
          const elapsedMs = now() - startedAt;
          windowReadsLeft--;
          if (resource === void 0) {
            if (elapsedMs >= (options.notFoundGraceMs ?? 0)) {
              const seen = lastState === void 0 ? "" : ` (it was ${lastState} before)`;
              throw new waiters_WaitError(`Stopped waiting for ${what}: it was not found after ${formatDuration(elapsedMs)}${seen}. It was deleted, or never existed.`, { reason: "not-found", phase, lastState, elapsedMs });
            }
          } else {
            lastState = options.state(resource);
            const progress = options.progress?.(resource);
            options.onProgress?.({ elapsedMs, state: lastState, progress });
            progressRate.observe(elapsedMs, progress);
            const failure = options.failed(resource);
            if (failure !== void 0) {
              throw new waiters_WaitError(`Stopped waiting for ${what}: ${failure} (state ${lastState}, after ${formatDuration(elapsedMs)}).`, { reason: "failed", phase, lastState, elapsedMs });
            }
            if (options.done(resource)) {
              await durations?.record(options.learnAs ?? "", { lowMs: notDoneAtMs, highMs: readAtMs });
              return resource;
            }
          }
          notDoneAtMs = readAtMs;
          if (elapsedMs >= timeoutMs) {
            throw new waiters_WaitError(`Timed out after ${formatDuration(elapsedMs)} waiting for ${what} (last state: ${lastState ?? "not found"}). If this is only slow, raise "${phase}" in the timeouts input (now ${options.timeoutSeconds} s).`, { reason: "timeout", phase, lastState, elapsedMs });
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
      function pollingOptions(options, learnAs) {
        return {
          ...options,
          notFoundGraceMs: options.notFoundGraceMs ?? defaultNotFoundGraceMs,
          learnAs: options.learnAs ?? learnAs,
          durations: options.durations ?? runnerDurationStore()
        };
      }
      async function readVolume(client, volumeId, signal) {
        const volumes = await client.readVolumes({ VolumeIds: [volumeId] }, signal);
        return volumes.find((volume) => volume.VolumeId === volumeId);
      }
      async function readSnapshot(client, snapshotId, signal) {
        const snapshots = await client.readSnapshots({ SnapshotIds: [snapshotId] }, signal);
        return snapshots.find((snapshot) => snapshot.SnapshotId === snapshotId);
      }
      async function readImage(client, imageId, signal) {
        const images = await client.readImages({ ImageIds: [imageId] }, signal);
        return images.find((image) => image.ImageId === imageId);
      }
      function volumeFailure(volume) {
        if (volume.State === "error")
          return "the volume went to state error";
        if (volume.State === "deleting")
          return "the volume is being deleted";
        return void 0;
      }
      function activeLinks(volume) {
        return (volume.LinkedVolumes ?? []).filter((link) => link.State !== "detached");
      }
      function waitForVolumeAvailable(client, volumeId, options) {
        return waitFor({
          ...pollingOptions(options, "volume-available"),
          what: `volume ${volumeId} to be available`,
          phase: "volume",
          read: () => readVolume(client, volumeId, options.signal),
          state: (volume) => volume.State,
          done: (volume) => volume.State === "available",
          failed: volumeFailure
        });
      }
      function waitForVolumeLinked(client, volumeId, vmId, options) {
        const linkTo = (volume) => volume.LinkedVolumes?.find((link) => link.VmId === vmId);
        return waitFor({
          ...pollingOptions(options, "volume-linked"),
          what: `volume ${volumeId} to be linked to VM ${vmId}`,
          phase: "link",
          read: () => readVolume(client, volumeId, options.signal),
          state: (volume) => `${volume.State}, link ${linkTo(volume)?.State ?? "not listed yet"}`,
          done: (volume) => volume.State === "in-use" && linkTo(volume)?.State === "attached",
          failed: (volume) => {
            const other = activeLinks(volume).find((link) => link.VmId !== vmId);
            if (other)
              return `the volume is linked to another VM (${other.VmId})`;
            return volumeFailure(volume);
          }
        });
      }
      function waitForVolumeUnlinked(client, volumeId, options) {
        return waitFor({
          ...pollingOptions(options, "volume-unlinked"),
          what: `volume ${volumeId} to be unlinked`,
          phase: "link",
          read: () => readVolume(client, volumeId, options.signal),
          state: (volume) => {
            const link = activeLinks(volume)[0];
            return link ? `${volume.State}, link ${link.State ?? "unknown"}` : volume.State;
          },
          done: (volume) => volume.State === "available" && activeLinks(volume).length === 0,
          failed: volumeFailure
        });
      }
      function waitForSnapshotCompleted(client, snapshotId, options) {
        return waitFor({
          ...pollingOptions(options, "snapshot-completed"),
          what: `snapshot ${snapshotId} to be completed`,
          phase: "snapshot",
          read: () => readSnapshot(client, snapshotId, options.signal),
          state: (snapshot) => snapshot.State,
          done: (snapshot) => snapshot.State === "completed",
          failed: (snapshot) => {
            if (snapshot.State === "error")
              return "the snapshot went to state error";
            if (snapshot.State === "deleting")
              return "the snapshot is being deleted";
            return void 0;
          },
          progress: (snapshot) => snapshot.Progress
        });
      }
      function waitForImageAvailable(client, imageId, options) {
        return waitFor({
          ...pollingOptions(options, "omi-available"),
          what: `OMI ${imageId} to be available`,
          phase: "omi",
          read: () => readImage(client, imageId, options.signal),
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
      async function readVmIdentity(options = {}) {
        const base = (options.endpoint || process.env.OSC_METADATA_ENDPOINT || defaultMetadataEndpoint).replace(/\/+$/, "");
        const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
        const agent = createAgent(base, { rejectUnauthorized: true });
        try {
          const read = (path2) => readText(agent, `${base}/latest/meta-data/${path2}`, timeoutMs, options.signal);
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
            const text2 = reply.text.trim();
            if (reply.status >= 200 && reply.status <= 299)
              return text2;
            lastProblem = `HTTP ${reply.status}${text2 ? `: ${text2.slice(0, 200)}` : ""}`;
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
      async function persist(action, options) {
        const sleep = options.sleep ?? realSleep;
        const now = options.now ?? systemClock;
        const worthWaiting = options.worthWaiting ?? isWorthWaitingFor;
        const startedAt = now();
        const deadline = startedAt + options.timeoutSeconds * 1e3;
        let waitMs = firstWaitMs;
        for (let attempt = 1; ; attempt++) {
          options.signal?.throwIfAborted();
          try {
            return await action();
          } catch (error) {
            if (!(error instanceof OapiError) || !worthWaiting(error))
              throw error;
            const elapsed = now() - startedAt;
            if (now() + waitMs > deadline) {
              error.message += ` Tried ${attempt} time${attempt === 1 ? "" : "s"} in ${formatDuration(elapsed)} while ${options.what}; raise "${options.phase}" in the timeouts input to wait longer.`;
              throw error;
            }
            log.info(`${options.what}: ${error.code ? `code ${error.code}, ` : ""}trying again in ${formatDuration(waitMs)} (${formatDuration(elapsed)} so far, up to ${formatDuration(options.timeoutSeconds * 1e3)}).`);
            await sleep(waitMs, options.signal);
            waitMs = Math.min(waitMs * 2, maxWaitMs);
          }
        }
      }
      ;
      var exec2 = __nccwpck_require__2(2487);
      var template = __nccwpck_require__2(1556);
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
      class context_MissingStepResultError extends Error {
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
          throw new context_MissingStepResultError(step, result);
        return value;
      }
      function newBuildContext(fields) {
        return {
          ...fields,
          host: createHostRunner(fields.config.commandWrapper),
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
      function abortOnSignals() {
        const controller = new AbortController();
        for (const signal of ["SIGINT", "SIGTERM"]) {
          process.on(signal, () => {
            if (controller.signal.aborted)
              return;
            src_log.R.warning(`${signal} received: stopping the build and cleaning up.`);
            controller.abort(new CancelledError(`the build was cancelled (${signal})`));
          });
        }
        return controller.signal;
      }
    })
  ),
  /***/
  6961: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        PH: () => (
          /* binding */
          assertVariableNames
        )
      });
      var template = __nccwpck_require__2(1556);
      var mod = __nccwpck_require__2(1916);
      var dist = __nccwpck_require__2(8815);
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
      function parse_show(value) {
        if (typeof value === "string" && value.length > 80)
          return JSON.stringify(`${value.slice(0, 77)}...`);
        const text2 = JSON.stringify(value) ?? String(value);
        return text2.length > 80 ? `${text2.slice(0, 77)}...` : text2;
      }
      function isMap(raw) {
        return raw !== null && typeof raw === "object" && !Array.isArray(raw);
      }
      function shapeOf(raw) {
        if (Array.isArray(raw))
          return "a list";
        if (isMap(raw))
          return "a map";
        return parse_show(raw);
      }
      function didYouMean(word, known) {
        if (known.length === 0)
          return "";
        const best = closest(word, [...known]);
        return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? `; did you mean "${best}"?` : "";
      }
      function parseYaml(text2) {
        return dist.parse(text2, { schema: "failsafe", logLevel: "error" });
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
      const parse_duration = (raw, at) => {
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
        let value = text(raw, at);
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
        const value = text(raw, at)?.trim();
        if (value === void 0)
          return void 0;
        if (value === "auto")
          return value;
        if (/^\d+$/.test(value))
          return String(Number(value));
        return at.problem(`${show(value)} is not a partition number (0 = the whole device) or auto`);
      };
      const mountOption = (raw, at) => {
        const value = text(raw, at);
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
        const template2 = text(raw, at);
        if (template2 === void 0)
          return void 0;
        let name;
        try {
          name = render(template2, {}, at.key);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const prefix = `${at.key}: `;
          return at.problem(message.startsWith(prefix) ? message.slice(prefix.length) : message);
        }
        const shown = name === template2 ? show(name) : `${show(name)} (from ${show(template2)})`;
        if (name.length < 3 || name.length > 128) {
          return at.problem(`${shown} is ${name.length} characters long; OMI names have 3 to 128`);
        }
        if (!omiNameCharacters.test(name)) {
          const bad = [...new Set(name.replace(/[A-Za-z0-9 ()/._-]/g, ""))].map((c) => show(c));
          return at.problem(`${shown} contains ${bad.join(", ")}; OMI names allow only letters, digits, space and ( ) / . - _. Pass the text that may hold others through clean_resource_name, which replaces them with "-", e.g. app-{{ isotime | clean_resource_name }}`);
        }
        return name;
      };
      const minimumOrphanAgeSeconds = (
        /* unused pure expression or super */
        null
      );
      const orphanAge = (raw, at) => {
        const seconds = duration(raw, at);
        if (seconds === void 0 || seconds >= minimumOrphanAgeSeconds)
          return seconds;
        return at.problem(`${show(raw)} is too young: an orphan must be at least 10m old, so that the resources of builds still running are never swept; use an age longer than your longest build, e.g. 6h`);
      };
    })
  ),
  /***/
  2987: (
    /***/
    ((module, __unused_webpack___webpack_exports__, __nccwpck_require__2) => {
      __nccwpck_require__2.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => {
        try {
          var _cancel_on_signals_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__2(9537);
          var _split_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__2(7655);
          const signal = (0, _cancel_on_signals_js__WEBPACK_IMPORTED_MODULE_0__.P)();
          try {
            process.exitCode = await (0, _split_exec_js__WEBPACK_IMPORTED_MODULE_1__.F)(process.argv.slice(2), {
              stdin: process.stdin,
              error: (message) => process.stderr.write(`${message}
`),
              signal
            });
          } catch (error) {
            process.stderr.write(`osc-chroot-exec: ${error instanceof Error ? error.message : String(error)}
`);
            process.exitCode = signal.aborted ? 130 : 125;
          }
          process.stdin.destroy();
          __webpack_async_result__();
        } catch (e) {
          __webpack_async_result__(e);
        }
      }, 1);
    })
  ),
  /***/
  2487: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        Qd: () => (
          /* binding */
          CommandError2
        ),
        Pf: () => (
          /* binding */
          createHostRunner2
        )
      });
      ;
      const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
      var external_node_os_ = __nccwpck_require__2(8161);
      var shell_quote = __nccwpck_require__2(6591);
      var log2 = __nccwpck_require__2(543);
      var values = __nccwpck_require__2(6961);
      var template = __nccwpck_require__2(1556);
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
        const placeholders = [...commandWrapper.matchAll(COMMAND_PLACEHOLDER)];
        if (placeholders.length === 0) {
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
          args: ["-c", (0, template.XX)(commandWrapper, { Command: '"$@"' }, "command_wrapper"), "sh", ...argv],
          display: (0, template.XX)(commandWrapper, { Command: (0, shell_quote.quote)(argv) }, "command_wrapper")
        };
      }
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
      function hostEnvironment(options = {}, from = process.env) {
        const environment = {};
        for (const [name, value] of Object.entries(from)) {
          if (value !== void 0 && isKeptVariable(name))
            environment[name] = value;
        }
        if (!environment.PATH)
          environment.PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        if (options.internal)
          environment.LC_ALL = "C";
        return environment;
      }
      var external_node_crypto_ = __nccwpck_require__2(7598);
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
      class CommandError2 extends Error {
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
            const lines = (pending + chunk).split("\n");
            pending = lines.pop() ?? "";
            for (const line of lines)
              write(line.replace(/\r$/, ""));
          },
          end() {
            if (pending)
              write(pending);
            pending = "";
          }
        };
      }
      function lastLines(text2, count) {
        return text2.trimEnd().split("\n").slice(-count).join("\n");
      }
      function execute(file, args, display, options) {
        if (options.quiet)
          log2.R.debug(`$ ${display}`);
        else
          for (const printed of neutralised(`$ ${display}`))
            log2.R.info(printed);
        const logLine = (line) => {
          if (!options.quiet)
            for (const printed of neutralised(line))
              log2.R.info(printed);
        };
        return new Promise((resolve2, reject) => {
          if (options.signal?.aborted) {
            reject(new CommandError2(`Cancelled before it started: ${display}`, display, 130, ""));
            return;
          }
          const child = (0, external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: options.cwd,
            env: hostEnvironment({ internal: !options.userCommand }),
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
          if (options.stdin)
            options.stdin.pipe(child.stdin);
          else
            child.stdin.end(options.input ?? "");
          let killTimer;
          const killGroup = (signal) => {
            try {
              if (child.pid)
                process.kill(-child.pid, signal);
            } catch {
            }
          };
          const onAbort = () => {
            log2.R.info(`Cancelling: ${display}`);
            killGroup("SIGTERM");
            killTimer = setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_MS);
          };
          options.signal?.addEventListener("abort", onAbort, { once: true });
          const cleanup = () => {
            options.signal?.removeEventListener("abort", onAbort);
            if (killTimer)
              clearTimeout(killTimer);
          };
          child.on("error", (error) => {
            cleanup();
            reject(new CommandError2(`Cannot run ${display}: ${error.message}`, display, 127, ""));
          });
          child.on("exit", (code, signal) => {
            void drainOutput(child, display).then(() => {
              outLog.end();
              errLog.end();
              cleanup();
              if (stdoutTruncated)
                log2.R.debug(`Output of "${display}" truncated to ${MAX_STDOUT_BYTES} bytes.`);
              const exitCode = code ?? 128 + signalNumber(signal ?? "SIGKILL");
              const allowed = options.allowedExitCodes ?? [0];
              if (options.signal?.aborted) {
                reject(new CommandError2(`Cancelled: ${display}`, display, exitCode, stderr));
              } else if (!allowed.includes(exitCode)) {
                const how = signal ? `was killed by ${signal}` : `failed with exit code ${exitCode}`;
                const tail = lastLines(stderr, STDERR_LINES_IN_ERROR);
                const message = `Command ${how}: ${display}${tail ? `
${tail}` : ""}`;
                reject(new CommandError2(message, display, exitCode, stderr));
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
          log2.R.debug(`A process started by "${display}" still holds its output; no longer reading it.`);
          streams.forEach((stream) => stream.destroy());
        }
      }
      function envPrefix(env) {
        if (!env)
          return [];
        (0, values.PH)(Object.keys(env), "the environment of a host command");
        const pairs = Object.entries(env).map(([name, value]) => `${name}=${value}`);
        return pairs.length > 0 ? ["env", ...pairs] : [];
      }
      function createHostRunner2(commandWrapper = DEFAULT_COMMAND_WRAPPER) {
        const direct = isDefaultWrapper(commandWrapper);
        if (!direct)
          wrapCommand(commandWrapper, ["true"]);
        const runner = {
          commandWrapper,
          spawnsDirectly: direct,
          async run(argv, options = {}) {
            if (argv.length === 0)
              throw new Error("HostRunner.run: empty command");
            const full = [...envPrefix(options.env), ...argv];
            if (direct) {
              return execute(full[0], full.slice(1), options.display ?? (0, shell_quote.quote)(full), options);
            }
            const locale = options.userCommand ? [] : ["env", "LC_ALL=C"];
            const wrapped = wrapCommand(commandWrapper, [...locale, ...full]);
            const display = options.display ?? wrapCommand(commandWrapper, full).display;
            return execute(wrapped.file, wrapped.args, display, options);
          },
          async shell(script, options = {}) {
            return runner.run(["/bin/sh", "-c", script], {
              display: script,
              userCommand: true,
              ...options
            });
          }
        };
        return runner;
      }
    })
  ),
  /***/
  543: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        R: () => (
          /* binding */
          log2
        )
      });
      ;
      const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
      ;
      function utils_toCommandValue(input) {
        if (input === null || input === void 0) {
          return "";
        } else if (typeof input === "string" || input instanceof String) {
          return input;
        }
        return JSON.stringify(input);
      }
      function utils_toCommandProperties(annotationProperties) {
        if (!Object.keys(annotationProperties).length) {
          return {};
        }
        return {
          title: annotationProperties.title,
          file: annotationProperties.file,
          line: annotationProperties.startLine,
          endLine: annotationProperties.endLine,
          col: annotationProperties.startColumn,
          endColumn: annotationProperties.endColumn
        };
      }
      ;
      function command_issueCommand(command, properties, message) {
        const cmd = new Command(command, properties, message);
        process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
      }
      function command_issue(name, message = "") {
        command_issueCommand(name, {}, message);
      }
      const CMD_STRING = "::";
      class Command {
        constructor(command, properties, message) {
          if (!command) {
            command = "missing.command";
          }
          this.command = command;
          this.properties = properties;
          this.message = message;
        }
        toString() {
          let cmdStr = CMD_STRING + this.command;
          if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += " ";
            let first = true;
            for (const key in this.properties) {
              if (this.properties.hasOwnProperty(key)) {
                const val = this.properties[key];
                if (val) {
                  if (first) {
                    first = false;
                  } else {
                    cmdStr += ",";
                  }
                  cmdStr += `${key}=${escapeProperty(val)}`;
                }
              }
            }
          }
          cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
          return cmdStr;
        }
      }
      function escapeData(s) {
        return utils_toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
      }
      function escapeProperty(s) {
        return utils_toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
      }
      var external_crypto_ = __nccwpck_require__2(6982);
      var external_fs_ = __nccwpck_require__2(9896);
      ;
      function file_command_issueFileCommand(command, message) {
        const filePath = process.env[`GITHUB_${command}`];
        if (!filePath) {
          throw new Error(`Unable to find environment variable for file command ${command}`);
        }
        if (!fs.existsSync(filePath)) {
          throw new Error(`Missing file at path: ${filePath}`);
        }
        fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
          encoding: "utf8"
        });
      }
      function file_command_prepareKeyValueMessage(key, value) {
        const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
        const convertedValue = toCommandValue(value);
        if (key.includes(delimiter)) {
          throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
        }
        if (convertedValue.includes(delimiter)) {
          throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
        }
        return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
      }
      ;
      const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
      ;
      var x = (y2) => {
        var x2 = {};
        __nccwpck_require__2.d(x2, y2);
        return x2;
      };
      var y = (x2) => (() => x2);
      const actions_http_client_mjs_namespaceObject = x({});
      ;
      var __awaiter = function(thisArg, _arguments, P, generator) {
        function adopt(value) {
          return value instanceof P ? value : new P(function(resolve2) {
            resolve2(value);
          });
        }
        return new (P || (P = Promise))(function(resolve2, reject) {
          function fulfilled(value) {
            try {
              step(generator.next(value));
            } catch (e) {
              reject(e);
            }
          }
          function rejected(value) {
            try {
              step(generator["throw"](value));
            } catch (e) {
              reject(e);
            }
          }
          function step(result) {
            result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
          }
          step((generator = generator.apply(thisArg, _arguments || [])).next());
        });
      };
      class oidc_utils_OidcClient {
        static createHttpClient(allowRetry = true, maxRetry = 10) {
          const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
          };
          return new HttpClient("actions/oidc-client", [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
        }
        static getRequestToken() {
          const token = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
          if (!token) {
            throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
          }
          return token;
        }
        static getIDTokenUrl() {
          const runtimeUrl = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];
          if (!runtimeUrl) {
            throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
          }
          return runtimeUrl;
        }
        static getCall(id_token_url) {
          return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient.getJson(id_token_url).catch((error2) => {
              throw new Error(`Failed to get ID Token. 
 
        Error Code : ${error2.statusCode}
 
        Error Message: ${error2.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
              throw new Error("Response json body do not have ID Token field");
            }
            return id_token;
          });
        }
        static getIDToken(audience) {
          return __awaiter(this, void 0, void 0, function* () {
            try {
              let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
              if (audience) {
                const encodedAudience = encodeURIComponent(audience);
                id_token_url = `${id_token_url}&audience=${encodedAudience}`;
              }
              debug(`ID token url is ${id_token_url}`);
              const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
              setSecret(id_token);
              return id_token;
            } catch (error2) {
              throw new Error(`Error message: ${error2.message}`);
            }
          });
        }
      }
      ;
      var summary_awaiter = function(thisArg, _arguments, P, generator) {
        function adopt(value) {
          return value instanceof P ? value : new P(function(resolve2) {
            resolve2(value);
          });
        }
        return new (P || (P = Promise))(function(resolve2, reject) {
          function fulfilled(value) {
            try {
              step(generator.next(value));
            } catch (e) {
              reject(e);
            }
          }
          function rejected(value) {
            try {
              step(generator["throw"](value));
            } catch (e) {
              reject(e);
            }
          }
          function step(result) {
            result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
          }
          step((generator = generator.apply(thisArg, _arguments || [])).next());
        });
      };
      const { access, appendFile, writeFile: writeFile2 } = external_fs_.promises;
      const SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
      const SUMMARY_DOCS_URL = "https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary";
      class Summary {
        constructor() {
          this._buffer = "";
        }
        /**
         * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
         * Also checks r/w permissions.
         *
         * @returns step summary file path
         */
        filePath() {
          return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
              return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
              throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
              yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            } catch (_a) {
              throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
          });
        }
        /**
         * Wraps content in an HTML tag, adding any HTML attributes
         *
         * @param {string} tag HTML tag to wrap
         * @param {string | null} content content within the tag
         * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
         *
         * @returns {string} content wrapped in HTML element
         */
        wrap(tag, content, attrs = {}) {
          const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
          if (!content) {
            return `<${tag}${htmlAttrs}>`;
          }
          return `<${tag}${htmlAttrs}>${content}</${tag}>`;
        }
        /**
         * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
         *
         * @param {SummaryWriteOptions} [options] (optional) options for write operation
         *
         * @returns {Promise<Summary>} summary instance
         */
        write(options) {
          return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile2 : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
            return this.emptyBuffer();
          });
        }
        /**
         * Clears the summary buffer and wipes the summary file
         *
         * @returns {Summary} summary instance
         */
        clear() {
          return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
          });
        }
        /**
         * Returns the current summary buffer as a string
         *
         * @returns {string} string of summary buffer
         */
        stringify() {
          return this._buffer;
        }
        /**
         * If the summary buffer is empty
         *
         * @returns {boolen} true if the buffer is empty
         */
        isEmptyBuffer() {
          return this._buffer.length === 0;
        }
        /**
         * Resets the summary buffer without writing to summary file
         *
         * @returns {Summary} summary instance
         */
        emptyBuffer() {
          this._buffer = "";
          return this;
        }
        /**
         * Adds raw text to the summary buffer
         *
         * @param {string} text content to add
         * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
         *
         * @returns {Summary} summary instance
         */
        addRaw(text2, addEOL = false) {
          this._buffer += text2;
          return addEOL ? this.addEOL() : this;
        }
        /**
         * Adds the operating system-specific end-of-line marker to the buffer
         *
         * @returns {Summary} summary instance
         */
        addEOL() {
          return this.addRaw(external_os_namespaceObject.EOL);
        }
        /**
         * Adds an HTML codeblock to the summary buffer
         *
         * @param {string} code content to render within fenced code block
         * @param {string} lang (optional) language to syntax highlight code
         *
         * @returns {Summary} summary instance
         */
        addCodeBlock(code, lang) {
          const attrs = Object.assign({}, lang && { lang });
          const element = this.wrap("pre", this.wrap("code", code), attrs);
          return this.addRaw(element).addEOL();
        }
        /**
         * Adds an HTML list to the summary buffer
         *
         * @param {string[]} items list of items to render
         * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
         *
         * @returns {Summary} summary instance
         */
        addList(items, ordered = false) {
          const tag = ordered ? "ol" : "ul";
          const listItems = items.map((item) => this.wrap("li", item)).join("");
          const element = this.wrap(tag, listItems);
          return this.addRaw(element).addEOL();
        }
        /**
         * Adds an HTML table to the summary buffer
         *
         * @param {SummaryTableCell[]} rows table rows
         *
         * @returns {Summary} summary instance
         */
        addTable(rows) {
          const tableBody = rows.map((row) => {
            const cells = row.map((cell) => {
              if (typeof cell === "string") {
                return this.wrap("td", cell);
              }
              const { header, data, colspan, rowspan } = cell;
              const tag = header ? "th" : "td";
              const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
              return this.wrap(tag, data, attrs);
            }).join("");
            return this.wrap("tr", cells);
          }).join("");
          const element = this.wrap("table", tableBody);
          return this.addRaw(element).addEOL();
        }
        /**
         * Adds a collapsable HTML details element to the summary buffer
         *
         * @param {string} label text for the closed state
         * @param {string} content collapsable content
         *
         * @returns {Summary} summary instance
         */
        addDetails(label, content) {
          const element = this.wrap("details", this.wrap("summary", label) + content);
          return this.addRaw(element).addEOL();
        }
        /**
         * Adds an HTML image tag to the summary buffer
         *
         * @param {string} src path to the image you to embed
         * @param {string} alt text description of the image
         * @param {SummaryImageOptions} options (optional) addition image attributes
         *
         * @returns {Summary} summary instance
         */
        addImage(src, alt, options) {
          const { width, height } = options || {};
          const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
          const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
          return this.addRaw(element).addEOL();
        }
        /**
         * Adds an HTML section heading element
         *
         * @param {string} text heading text
         * @param {number | string} [level=1] (optional) the heading level, default: 1
         *
         * @returns {Summary} summary instance
         */
        addHeading(text2, level) {
          const tag = `h${level}`;
          const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
          const element = this.wrap(allowedTag, text2);
          return this.addRaw(element).addEOL();
        }
        /**
         * Adds an HTML thematic break (<hr>) to the summary buffer
         *
         * @returns {Summary} summary instance
         */
        addSeparator() {
          const element = this.wrap("hr", null);
          return this.addRaw(element).addEOL();
        }
        /**
         * Adds an HTML line break (<br>) to the summary buffer
         *
         * @returns {Summary} summary instance
         */
        addBreak() {
          const element = this.wrap("br", null);
          return this.addRaw(element).addEOL();
        }
        /**
         * Adds an HTML blockquote to the summary buffer
         *
         * @param {string} text quote text
         * @param {string} cite (optional) citation url
         *
         * @returns {Summary} summary instance
         */
        addQuote(text2, cite) {
          const attrs = Object.assign({}, cite && { cite });
          const element = this.wrap("blockquote", text2, attrs);
          return this.addRaw(element).addEOL();
        }
        /**
         * Adds an HTML anchor tag to the summary buffer
         *
         * @param {string} text link text/content
         * @param {string} href hyperlink
         *
         * @returns {Summary} summary instance
         */
        addLink(text2, href) {
          const element = this.wrap("a", text2, { href });
          return this.addRaw(element).addEOL();
        }
      }
      const _summary = new Summary();
      const markdownSummary = (
        /* unused pure expression or super */
        null
      );
      const summary = (
        /* unused pure expression or super */
        null
      );
      ;
      function toPosixPath(pth) {
        return pth.replace(/[\\]/g, "/");
      }
      function toWin32Path(pth) {
        return pth.replace(/[/]/g, "\\");
      }
      function toPlatformPath(pth) {
        return pth.replace(/[/\\]/g, path.sep);
      }
      ;
      var actions_exec_mjs_x = (y2) => {
        var x2 = {};
        __nccwpck_require__2.d(x2, y2);
        return x2;
      };
      var actions_exec_mjs_y = (x2) => (() => x2);
      const actions_exec_mjs_namespaceObject = actions_exec_mjs_x({});
      ;
      var platform_awaiter = function(thisArg, _arguments, P, generator) {
        function adopt(value) {
          return value instanceof P ? value : new P(function(resolve2) {
            resolve2(value);
          });
        }
        return new (P || (P = Promise))(function(resolve2, reject) {
          function fulfilled(value) {
            try {
              step(generator.next(value));
            } catch (e) {
              reject(e);
            }
          }
          function rejected(value) {
            try {
              step(generator["throw"](value));
            } catch (e) {
              reject(e);
            }
          }
          function step(result) {
            result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
          }
          step((generator = generator.apply(thisArg, _arguments || [])).next());
        });
      };
      const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
        const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', void 0, {
          silent: true
        });
        const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', void 0, {
          silent: true
        });
        return {
          name: name.trim(),
          version: version.trim()
        };
      });
      const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
        var _a, _b, _c, _d;
        const { stdout } = yield exec.getExecOutput("sw_vers", void 0, {
          silent: true
        });
        const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : "";
        const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : "";
        return {
          name,
          version
        };
      });
      const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
        const { stdout } = yield exec.getExecOutput("lsb_release", ["-i", "-r", "-s"], {
          silent: true
        });
        const [name, version] = stdout.trim().split("\n");
        return {
          name,
          version
        };
      });
      const platform = external_os_namespaceObject.platform();
      const arch = external_os_namespaceObject.arch();
      const isWindows = platform === "win32";
      const isMacOS = platform === "darwin";
      const isLinux = platform === "linux";
      function getDetails() {
        return platform_awaiter(this, void 0, void 0, function* () {
          return Object.assign(Object.assign({}, yield isWindows ? getWindowsInfo() : isMacOS ? getMacOsInfo() : getLinuxInfo()), {
            platform,
            arch,
            isWindows,
            isMacOS,
            isLinux
          });
        });
      }
      ;
      var core_awaiter = function(thisArg, _arguments, P, generator) {
        function adopt(value) {
          return value instanceof P ? value : new P(function(resolve2) {
            resolve2(value);
          });
        }
        return new (P || (P = Promise))(function(resolve2, reject) {
          function fulfilled(value) {
            try {
              step(generator.next(value));
            } catch (e) {
              reject(e);
            }
          }
          function rejected(value) {
            try {
              step(generator["throw"](value));
            } catch (e) {
              reject(e);
            }
          }
          function step(result) {
            result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
          }
          step((generator = generator.apply(thisArg, _arguments || [])).next());
        });
      };
      var ExitCode;
      (function(ExitCode2) {
        ExitCode2[ExitCode2["Success"] = 0] = "Success";
        ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
      })(ExitCode || (ExitCode = {}));
      function exportVariable(name, val) {
        const convertedVal = toCommandValue(val);
        process.env[name] = convertedVal;
        const filePath = process.env["GITHUB_ENV"] || "";
        if (filePath) {
          return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
        }
        issueCommand("set-env", { name }, convertedVal);
      }
      function core_setSecret(secret) {
        command_issueCommand("add-mask", {}, secret);
      }
      function addPath(inputPath) {
        const filePath = process.env["GITHUB_PATH"] || "";
        if (filePath) {
          issueFileCommand("PATH", inputPath);
        } else {
          issueCommand("add-path", {}, inputPath);
        }
        process.env["PATH"] = `${inputPath}${path.delimiter}${process.env["PATH"]}`;
      }
      function getInput(name, options) {
        const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
        if (options && options.required && !val) {
          throw new Error(`Input required and not supplied: ${name}`);
        }
        if (options && options.trimWhitespace === false) {
          return val;
        }
        return val.trim();
      }
      function getMultilineInput(name, options) {
        const inputs = getInput(name, options).split("\n").filter((x2) => x2 !== "");
        if (options && options.trimWhitespace === false) {
          return inputs;
        }
        return inputs.map((input) => input.trim());
      }
      function getBooleanInput(name, options) {
        const trueValue = ["true", "True", "TRUE"];
        const falseValue = ["false", "False", "FALSE"];
        const val = getInput(name, options);
        if (trueValue.includes(val))
          return true;
        if (falseValue.includes(val))
          return false;
        throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
      }
      function setOutput(name, value) {
        const filePath = process.env["GITHUB_OUTPUT"] || "";
        if (filePath) {
          return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
        }
        process.stdout.write(os.EOL);
        issueCommand("set-output", { name }, toCommandValue(value));
      }
      function setCommandEcho(enabled) {
        issue("echo", enabled ? "on" : "off");
      }
      function setFailed(message) {
        process.exitCode = ExitCode.Failure;
        error(message);
      }
      function isDebug() {
        return process.env["RUNNER_DEBUG"] === "1";
      }
      function core_debug(message) {
        command_issueCommand("debug", {}, message);
      }
      function error(message, properties = {}) {
        issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
      }
      function warning(message, properties = {}) {
        command_issueCommand("warning", utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
      }
      function notice(message, properties = {}) {
        command_issueCommand("notice", utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
      }
      function info(message) {
        process.stdout.write(message + external_os_namespaceObject.EOL);
      }
      function startGroup(name) {
        command_issue("group", name);
      }
      function endGroup() {
        command_issue("endgroup");
      }
      function group(name, fn) {
        return core_awaiter(this, void 0, void 0, function* () {
          startGroup(name);
          let result;
          try {
            result = yield fn();
          } finally {
            endGroup();
          }
          return result;
        });
      }
      function saveState(name, value) {
        const filePath = process.env["GITHUB_STATE"] || "";
        if (filePath) {
          return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
        }
        issueCommand("save-state", { name }, toCommandValue(value));
      }
      function getState(name) {
        return process.env[`STATE_${name}`] || "";
      }
      function getIDToken(aud) {
        return core_awaiter(this, void 0, void 0, function* () {
          return yield OidcClient.getIDToken(aud);
        });
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
      const log2 = {
        debug: (message) => {
          if (!terminal)
            core_debug(message);
          else if (process.env.OSC_CHROOT_DEBUG)
            print(`debug: ${message}`);
        },
        info: (message) => terminal ? print(message) : info(message),
        warning: (message) => terminal ? print(`warning: ${message}`) : warning(message),
        notice: (message) => terminal ? print(`notice: ${message}`) : notice(message),
        /** Runs fn inside a collapsible log group (a heading line on a terminal). */
        group: (name, fn) => {
          if (!terminal)
            return group(name, fn);
          print(`
== ${name}`);
          return fn();
        },
        /** Masks a value in every later log line of the runner. A terminal has no masking: never print it. */
        secret: (value) => {
          if (!terminal)
            core_setSecret(value);
        }
      };
    })
  ),
  /***/
  7655: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        F: () => (
          /* binding */
          execInOpenBuild
        )
      });
      var exec2 = __nccwpck_require__2(2487);
      var external_node_fs_ = __nccwpck_require__2(3024);
      var external_node_path_ = __nccwpck_require__2(6760);
      var shell_quote = __nccwpck_require__2(6591);
      var src_log = __nccwpck_require__2(543);
      var values = __nccwpck_require__2(6961);
      var external_node_crypto_ = __nccwpck_require__2(7598);
      var promises_ = __nccwpck_require__2(1455);
      var external_node_os_ = __nccwpck_require__2(8161);
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
          const path2 = (0, external_node_path_.join)((0, external_node_path_.dirname)(hostPath), temporaryPrefix(hostPath) + (0, external_node_crypto_.randomBytes)(8).toString("hex"));
          try {
            return { path: path2, handle: await (0, promises_.open)(path2, WRITE_NEW, 384) };
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
            src_log.R.debug(`wrote ${hostPath} by rename (mode ${attributes.mode})`);
          } catch (error) {
            await temporary.handle.close().catch(() => void 0);
            await (0, promises_.unlink)(temporary.path).catch(() => void 0);
            throw error;
          }
        },
        async rename(from, to) {
          await (0, promises_.rename)(from, to);
          src_log.R.debug(`renamed ${from} to ${to}`);
        },
        async remove(hostPath) {
          try {
            await (0, promises_.unlink)(hostPath);
            src_log.R.debug(`removed ${hostPath}`);
          } catch (error) {
            if (errorCode(error) !== "ENOENT")
              throw error;
          }
        },
        async makeDirectory(hostPath, mode) {
          const bits = parseMode(mode);
          await (0, promises_.mkdir)(hostPath, { mode: bits & 511 });
          src_log.R.debug(`made the directory ${hostPath} (mode ${mode})`);
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
        const run = (argv, allowedExitCodes) => runner.run(argv, { quiet: true, allowedExitCodes });
        return {
          kind: "programs",
          async inspect(hostPath) {
            const result = await run(["find", hostPath, "-maxdepth", "0", "-printf", "%y\\0%D\\0%m\\0%U\\0%G\\0%l"], [0, 1]);
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
            const created = await run([
              "mktemp",
              `--tmpdir=${(0, external_node_path_.dirname)(hostPath)}`,
              `${temporaryPrefix(hostPath)}XXXXXXXXXX`
            ]);
            const temporary = created.stdout.trim();
            try {
              await withSourceFile(source, (file) => run(["cp", "--", file, temporary]));
              if (attributes.owner) {
                const { uid, gid } = attributes.owner;
                await run(["chown", `${uid}:${gid}`, "--", temporary]);
              }
              await run(["chmod", attributes.mode, "--", temporary]);
              await run(["mv", "-T", "-f", "--", temporary, hostPath]);
            } catch (error) {
              await run(["rm", "-f", "--", temporary], [0, 1]);
              throw error;
            }
          },
          async rename(from, to) {
            await run(["mv", "-T", "-f", "--", from, to]);
          },
          async remove(hostPath) {
            await run(["rm", "-f", "--", hostPath]);
          },
          async makeDirectory(hostPath, mode) {
            parseMode(mode);
            await run(["mkdir", "-m", mode, "--", hostPath]);
          },
          async makeDirectories(hostPath) {
            await run(["mkdir", "-p", "--", hostPath]);
          },
          async removeDirectory(hostPath) {
            await run(["rmdir", "--", hostPath]);
          }
        };
      }
      ;
      function unescapeMountPath(path2) {
        return path2.replace(/\\([0-7]{3})/g, (_match, octal) => String.fromCharCode(parseInt(octal, 8)));
      }
      function parseMountInfo(text2) {
        const entries = [];
        for (const line of text2.split("\n")) {
          if (!line.trim())
            continue;
          const [before, after = ""] = line.split(" - ");
          const fields = before.split(" ");
          const [fsType, source] = after.split(" ");
          entries.push({
            id: Number(fields[0]),
            parentId: Number(fields[1]),
            majorMinor: fields[2],
            mountPoint: unescapeMountPath(fields[4]),
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
      function canonicalPath(path2) {
        try {
          return (0, external_node_fs_.realpathSync)(path2);
        } catch {
          return (0, external_node_path_.resolve)(path2);
        }
      }
      function mountsUnder(path2, entries = readMountInfo()) {
        const root = canonicalPath(path2);
        const prefix = root.endsWith("/") ? root : `${root}/`;
        return entries.filter((m) => m.mountPoint === root || m.mountPoint.startsWith(prefix));
      }
      function deviceNumbers(device) {
        const dir = join("/sys/class/block", basename(canonicalPath(device)));
        const numbers = [];
        const readDev = (path2) => {
          try {
            numbers.push(readFileSync(join(path2, "dev"), "utf8").trim());
          } catch {
          }
        };
        readDev(dir);
        try {
          for (const entry of readdirSync(dir)) {
            if (entry.startsWith(basename(dir)))
              readDev(join(dir, entry));
          }
        } catch {
        }
        return numbers;
      }
      function mountsOf(device, entries = readMountInfo()) {
        const numbers = deviceNumbers(device);
        const path2 = canonicalPath(device);
        return entries.filter((m) => numbers.includes(m.majorMinor) || m.source === path2 || m.source === device);
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
        const dir = join("/sys/dev/block", diskMajorMinor);
        const numbers = [diskMajorMinor];
        let entries;
        try {
          entries = readdirSync(dir);
        } catch {
          return numbers;
        }
        for (const entry of entries) {
          try {
            readFileSync(join(dir, entry, "partition"), "utf8");
            numbers.push(readFileSync(join(dir, entry, "dev"), "utf8").trim());
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
      function mountsAt(path2, entries = readMountInfo()) {
        const root = canonicalPath(path2);
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
      function assertOnImageFileSystem(pathInImage, componentInImage, hostPath, info, image) {
        const { root, mounts } = image.mounts();
        const target = (0, external_node_path_.join)(root, (0, external_node_path_.relative)(image.mountPath, hostPath));
        const mountHere = mounts.find((m) => m.mountPoint !== root && m.mountPoint === target);
        if (info.device === image.device && !mountHere)
          return;
        const containing = mounts.filter((m) => m.mountPoint !== root && (target + "/").startsWith(m.mountPoint + "/")).sort((a, b) => b.mountPoint.length - a.mountPoint.length)[0];
        const mount = mountHere ?? containing;
        const what = mount ? `the mount of ${mount.source} (${mount.fsType}) at ${mount.mountPoint}` : `another file system (device ${info.device}, the image is on ${image.device})`;
        throw new ImageEscapeError(`${pathInImage}: ${componentInImage} is on ${what}, not on the image's own file system; the host writes into the image only.`);
      }
      function components(path2, viaLink) {
        return path2.split("/").filter((name) => name !== "" && name !== ".").map((name) => ({ name, viaLink }));
      }
      async function image_path_resolveInImage(runner, mountPath, pathInImage, options = {}) {
        const image = options.stayOnImageFileSystem ? await checkedImageRoot(runner, mountPath) : void 0;
        return walk(runner, mountPath, pathInImage, options, image);
      }
      async function checkedImageRoot(runner, mountPath) {
        const root = await image_path_inspectPath(runner, mountPath);
        if (root.type !== "directory") {
          throw new Error(`The image root ${mountPath} is not a directory (${image_path_describePathType(root)}).`);
        }
        return imageRoot(mountPath, root.device ?? "");
      }
      async function walk(runner, mountPath, pathInImage, options, image) {
        const followLastLink = options.followLastLink ?? true;
        const named = options.nameInErrors ?? pathInImage;
        const resolved = [];
        let pending = components(pathInImage);
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
      async function image_path_resolveEntriesInImage(runner, mountPath, directoryInImage, names, options = {}) {
        for (const name of names) {
          if (name === "" || name === "." || name === ".." || name.includes("/")) {
            throw new Error(`${JSON.stringify(name)} is not the name of an entry of a directory.`);
          }
        }
        const image = await checkedImageRoot(runner, mountPath);
        const named = options.nameInErrors ?? directoryInImage;
        const directory = await walk(runner, mountPath, directoryInImage, { nameInErrors: named }, image);
        const entries = [];
        for (const name of names) {
          const hostPath = join(directory.hostPath, name);
          const pathInImage = join(directory.pathInImage, name);
          if (directory.info.type === "missing") {
            entries.push({ hostPath, pathInImage, info: { type: "missing" } });
            continue;
          }
          const info = await image_path_inspectPath(runner, hostPath);
          if (info.type !== "missing")
            assertOnImageFileSystem(named, pathInImage, hostPath, info, image);
          entries.push({ hostPath, pathInImage, info });
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
      async function image_file_copyIntoImage(runner, source, hostPath, options = {}) {
        const existing = await inspectPath(runner, hostPath);
        if (existing.type !== "file" && existing.type !== "missing") {
          throw new Error(`Refusing to write ${hostPath}: it is ${describePathType(existing)} in the image; only a regular file (or nothing) is ever replaced.`);
        }
        await fileOperations(runner).writeByRename(hostPath, source, {
          mode: options.mode ?? defaultMode(source),
          owner: options.owner
        });
      }
      function keptAttributes(existing) {
        if (existing.type !== "file" || !existing.mode)
          return {};
        const owner = existing.uid !== void 0 && existing.gid !== void 0 ? { uid: existing.uid, gid: existing.gid } : void 0;
        return { mode: `0${existing.mode}`, owner };
      }
      async function resolveEntry(runner, mountPath, pathInImage) {
        const name = basename(pathInImage);
        if (name === "" || name === "." || name === "..") {
          throw new Error(`Cannot put ${pathInImage} into the image: it does not name a file.`);
        }
        const resolved = await resolveEntriesInImage(runner, mountPath, dirname(pathInImage), [
          name,
          name + BACKUP_SUFFIX,
          name + ABSENT_SUFFIX
        ]);
        const parent = resolved.directory;
        if (parent.info.type !== "directory") {
          throw new Error(`Cannot put ${pathInImage} into the image: ${parent.pathInImage} is not a directory there (${parent.info.type}).`);
        }
        return resolved;
      }
      async function replaceFileInImage(runner, mountPath, pathInImage, source, mode) {
        const files = fileOperations(runner);
        let resolved = await resolveEntry(runner, mountPath, pathInImage);
        const [entry] = resolved.entries;
        const paths = {
          mountPath,
          pathInImage,
          hostPath: entry.hostPath,
          backupPath: entry.hostPath + BACKUP_SUFFIX,
          absentMarkerPath: entry.hostPath + ABSENT_SUFFIX
        };
        const [, backup, marker] = resolved.entries;
        if (backup.info.type !== "missing" || marker.info.type !== "missing") {
          await restoreFileInImage(runner, paths);
          resolved = await resolveEntry(runner, mountPath, pathInImage);
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
          throw new Error(`Cannot replace ${pathInImage} in the image: it is ${describePathType(existing)}, not a file or symlink.`);
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
        const { mountPath, pathInImage } = replaced;
        const backupInImage = `/${relative(mountPath, replaced.backupPath)}`;
        const { directory, entries } = await resolveEntriesInImage(runner, mountPath, dirname(backupInImage), [replaced.hostPath, replaced.backupPath, replaced.absentMarkerPath].map((path2) => basename(path2)), { nameInErrors: backupInImage });
        if (directory.hostPath !== dirname(replaced.backupPath)) {
          throw new Error(`Not restoring ${pathInImage}: ${backupInImage} now leads to ${entries[1].pathInImage} in the image (a directory on its way was replaced by a symlink during provisioning); left as it is.`);
        }
        const [current, backup, marker] = entries.map((entry) => entry.info);
        return { current, backup, marker };
      }
      async function restoreFileInImage(runner, replaced) {
        const { mountPath, pathInImage } = replaced;
        if ((await inspectPath(runner, mountPath)).type === "missing")
          return;
        const { current, backup, marker } = await recheckedEntries(runner, replaced);
        if (backup.type === "missing" && marker.type === "missing")
          return;
        if (current.type === "directory") {
          throw new Error(`Not restoring ${pathInImage}: provisioning made it a directory; the image's own entry is left at ${replaced.backupPath}.`);
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
      const HOST_COMMAND_SCRIPT = (
        /* unused pure expression or super */
        null
      );
      function needsSandbox(config) {
        return config.provision.trim() !== "" || config.provisionScripts.length > 0 || config.provisionHostCommands.length > 0 || (config.templateProvisioners ?? []).some((provisioner) => provisioner.type !== "file");
      }
      const checked = /* @__PURE__ */ new WeakMap();
      function sandbox_assertSandboxAvailable(runner) {
        let check = checked.get(runner);
        if (!check) {
          const probe = ["unshare", ...PROVISION_NAMESPACES, "--", "setpriv", "--bounding-set"];
          check = runner.run([...probe, BOUNDING_SET, "true"], { quiet: true }).then(() => void 0, (error) => {
            checked.delete(runner);
            const reason = error instanceof exec2.Qd ? error.stderrTail || error.message : error;
            throw new Error(`Provisioning runs in its own PID, mount, IPC and UTS namespaces with fewer capabilities, but "unshare ${PROVISION_NAMESPACES.join(" ")} -- setpriv --bounding-set ... true" failed: ${String(reason)}. It needs util-linux's unshare and setpriv (2.32 or later, package util-linux) run as root (through command_wrapper), on a kernel with namespaces.`);
          });
          checked.set(runner, check);
        }
        return check;
      }
      async function imageProc(runner, mountPath) {
        const proc = await image_path_resolveInImage(runner, mountPath, "/proc");
        if (proc.info.type === "missing") {
          await runner.run(["mkdir", "-p", "-m", "0555", "--", proc.hostPath], { quiet: true });
        } else if (proc.info.type !== "directory") {
          throw new Error(`The image's /proc (${proc.pathInImage}) is not a directory.`);
        }
        return proc.hostPath;
      }
      function writeEnvironmentFile(environment) {
        (0, values.PH)(Object.keys(environment), "the environment of a sandboxed command");
        const dir = (0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "osc-chroot-env-"));
        const path2 = (0, external_node_path_.join)(dir, "environment");
        const lines = Object.entries(environment).map(([name, value]) => `${name}=${(0, shell_quote.quote)([value])}
`);
        const remove = () => (0, external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        try {
          (0, external_node_fs_.writeFileSync)(path2, lines.join(""), { mode: 384, flag: "wx" });
        } catch (error) {
          remove();
          throw error;
        }
        return { path: path2, remove };
      }
      async function sandbox_runInSandboxedChroot(sandboxed) {
        const { runner, mountPath, command } = sandboxed;
        await sandbox_assertSandboxAvailable(runner);
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
      async function runHostCommandBesideChroot(runner, mountPath, command, options = {}, environment = {}) {
        await sandbox_assertSandboxAvailable(runner);
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
          ], { display: command, userCommand: true, ...options });
        } finally {
          environmentFile?.remove();
        }
      }
      ;
      const CHROOT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
      function provisionEnvironment(build, provisionEnv) {
        (0, values.PH)(Object.keys(provisionEnv), "provision_env");
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
          ...provisionEnv
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
        const words = parse(shell);
        if (words.length === 0 || words.some((word) => typeof word !== "string")) {
          throw new Error(`provision_shell ${JSON.stringify(shell)}: give a program and its options, e.g. "/bin/sh -e".`);
        }
        return words;
      }
      function hasShebang(path2) {
        return readFileSync(path2).subarray(0, 2).toString() === "#!";
      }
      function scriptsToRun(options) {
        const scripts = [];
        if (options.inline.trim()) {
          scripts.push({
            label: "provision",
            fileName: "provision.sh",
            source: { content: options.inline },
            runByShell: true
          });
        }
        for (const [index, script] of options.scripts.entries()) {
          const label = `provision_scripts[${index}] (${script})`;
          const hostFile = resolve(script);
          let runByShell;
          try {
            runByShell = !hasShebang(hostFile);
          } catch {
            throw new Error(`${label}: cannot read ${hostFile} (relative paths are relative to ${process.cwd()}).`);
          }
          const fileName = `script-${String(index + 1).padStart(2, "0")}-${basename(script)}`;
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
        const workDir = await resolveInImage(runner, mountPath, workDirInImage, {
          stayOnImageFileSystem: true
        });
        const parent = await resolveInImage(runner, mountPath, dirname(workDir.pathInImage), {
          stayOnImageFileSystem: true
        });
        if (parent.info.type === "missing") {
          await fileOperations(runner).makeDirectories(parent.hostPath);
        }
        await fileOperations(runner).makeDirectory(workDir.hostPath, "0700");
        try {
          for (const script of scripts) {
            await copyIntoImage(runner, script.source, join(workDir.hostPath, script.fileName), {
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
                options: { signal: options.signal }
              });
            } catch (error) {
              if (!(error instanceof CommandError) || options.signal?.aborted)
                throw error;
              const tail = error.stderrTail ? `
${error.stderrTail}` : "";
              throw new Error(`${script.label} failed with exit code ${error.exitCode} in the chroot.${tail}`, {
                cause: error
              });
            }
          }
        } finally {
          await removeProvisionWorkDir(runner, mountPath, options.build.buildId);
        }
      }
      ;
      const JOURNAL_STATE = "journal";
      function newBuildId(env = process.env) {
        const random = randomBytes(4).toString("hex");
        return env.GITHUB_RUN_ID ? `run-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${random}` : `local-${random}`;
      }
      function identity_workDirectory(env = process.env) {
        return join(env.RUNNER_TEMP || tmpdir(), "osc-chroot");
      }
      const CLIENT_TOKEN_PREFIX = "osc-chroot-";
      function newClientToken(buildId) {
        return `${CLIENT_TOKEN_PREFIX}${buildId}-${randomBytes(4).toString("hex")}`;
      }
      function buildIdOfClientToken(token) {
        if (!token?.startsWith(CLIENT_TOKEN_PREFIX))
          return void 0;
        const match = /^(.+)-[0-9a-f]{8}$/.exec(token.slice(CLIENT_TOKEN_PREFIX.length));
        return match?.[1];
      }
      function journalPathFor(buildId, env = process.env) {
        return join(identity_workDirectory(env), `journal-${buildId}.json`);
      }
      function manifestPathFor(buildId, env = process.env) {
        return join(identity_workDirectory(env), `manifest-${buildId}.json`);
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
        return join(workDirectory(env), `open-build-${buildId}.json`);
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
      const resultKeys = (
        /* unused pure expression or super */
        null
      );
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
      function writeOpenBuild(path2, build) {
        mkdirSync(dirname(path2), { recursive: true, mode: 448 });
        const temporary = `${path2}.tmp`;
        writeFileSync(temporary, JSON.stringify(build, null, 2), { mode: 384 });
        renameSync(temporary, path2);
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
        const path2 = env[variable]?.trim();
        const hint = name ? `run the prepare action with name: ${name} earlier in this job` : "run the prepare action earlier in this job (or pass --build NAME for a named build)";
        if (!path2) {
          throw new NoOpenBuildError(`There is ${describeBuild(name)} (${variable} is not set): ${hint}.`);
        }
        let text2;
        try {
          text2 = (0, external_node_fs_.readFileSync)(path2, "utf8");
        } catch {
          throw new NoOpenBuildError(`There is ${describeBuild(name)}: ${variable} names ${path2}, which does not exist (finish has already closed that build, or the runner removed its temporary files).`);
        }
        const build = JSON.parse(text2);
        if (build.version !== 1) {
          throw new NoOpenBuildError(`The open build in ${path2} was written by another version of osc-chroot (format ${String(build.version)}): use the same version for prepare, osc-chroot-exec and finish.`);
        }
        return build;
      }
      ;
      const usage = `Usage: osc-chroot-exec [--build NAME] [--env NAME=VALUE]... [--cwd DIR] [--] COMMAND [ARG]...
Runs COMMAND in the chroot of the build the prepare action left open (--build: the one prepared
with that name), isolated as the provision input is. Its exit status is the command's.`;
      const USAGE_STATUS = 2;
      const NO_BUILD_STATUS = 125;
      class UsageError extends Error {
      }
      function exec_valueOf(args, index, option) {
        const value = args[index + 1];
        if (value === void 0)
          throw new UsageError(`${option} needs a value.`);
        return value;
      }
      function buildName(value) {
        try {
          return checkBuildName(value, "--build");
        } catch (error) {
          throw new UsageError(error.message);
        }
      }
      function parseExecArgs(args) {
        const request = { build: "", env: {}, cwd: "", command: [] };
        let index = 0;
        for (; index < args.length; index++) {
          const arg = args[index];
          if (arg === "--") {
            index++;
            break;
          }
          const [option, inline] = arg.startsWith("--") ? arg.split(/=(.*)/s, 2) : [arg];
          const take = () => inline !== void 0 ? inline : exec_valueOf(args, index++, option);
          if (option === "--build")
            request.build = buildName(take());
          else if (option === "--cwd")
            request.cwd = take();
          else if (option === "--env") {
            const pair = take();
            const equals = pair.indexOf("=");
            if (equals <= 0) {
              throw new UsageError(`--env ${JSON.stringify(pair)}: give NAME=VALUE, e.g. --env LANG=C.`);
            }
            request.env[pair.slice(0, equals)] = pair.slice(equals + 1);
          } else if (option === "--help" || option === "-h")
            throw new UsageError("");
          else if (arg.startsWith("-"))
            throw new UsageError(`Unknown option ${arg}.`);
          else
            break;
        }
        request.command = args.slice(index);
        if (request.command.length === 0)
          throw new UsageError("Give the COMMAND to run in the chroot.");
        try {
          (0, values.PH)(Object.keys(request.env), "--env");
        } catch (error) {
          throw new UsageError(error.message);
        }
        if (request.cwd && !request.cwd.startsWith("/")) {
          throw new UsageError(`--cwd ${JSON.stringify(request.cwd)}: give an absolute path in the image.`);
        }
        return request;
      }
      function inDirectory(cwd, command) {
        if (!cwd)
          return command;
        return [
          "/bin/sh",
          "-c",
          'cd -- "$1" || exit 125; shift; exec "$@"',
          "osc-chroot-exec",
          cwd,
          ...command
        ];
      }
      async function execInOpenBuild(args, io) {
        let request;
        try {
          request = parseExecArgs(args);
        } catch (error) {
          if (!(error instanceof UsageError))
            throw error;
          io.error(error.message ? `osc-chroot-exec: ${error.message}
${usage}` : usage);
          return error.message ? USAGE_STATUS : 0;
        }
        let build;
        try {
          build = findOpenBuild(request.build, io.env);
        } catch (error) {
          if (!(error instanceof NoOpenBuildError))
            throw error;
          io.error(`osc-chroot-exec: ${error.message}`);
          return NO_BUILD_STATUS;
        }
        const mountPath = build.results.mountPath ?? "";
        if (!readMountInfo().some((entry) => entry.mountPoint === mountPath)) {
          io.error(`osc-chroot-exec: the chroot of build ${build.buildId} (${mountPath}) is not mounted any more: its prepare step failed or its build was finished or cleaned up.`);
          return NO_BUILD_STATUS;
        }
        const environment = provisionEnvironment({
          buildId: build.buildId,
          omiName: build.config.omiName,
          sourceOmi: build.results.sourceImage?.ImageId ?? "",
          sourceOmiName: build.results.sourceImage?.ImageName ?? "",
          region: build.region
        }, request.env);
        const result = await sandbox_runInSandboxedChroot({
          runner: (0, exec2.Pf)(build.config.commandWrapper),
          mountPath,
          environment,
          command: inDirectory(request.cwd, request.command),
          options: {
            stdin: io.stdin,
            signal: io.signal,
            // Every status is the command's to give: none is an error of osc-chroot-exec.
            allowedExitCodes: Array.from({ length: 256 }, (_, code) => code)
          }
        });
        return result.exitCode;
      }
    })
  ),
  /***/
  1556: (
    /***/
    ((__unused_webpack_module, __webpack_exports__2, __nccwpck_require__2) => {
      __nccwpck_require__2.d(__webpack_exports__2, {
        XX: () => (
          /* binding */
          render2
        )
      });
      var external_node_crypto_ = __nccwpck_require__2(7598);
      ;
      const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
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
      function goReplace(text2, old, replacement, n) {
        const limit = n < 0 ? Infinity : n;
        if (old === "") {
          const characters = [...text2];
          let out2 = "";
          for (let i = 0; i <= characters.length; i++) {
            out2 += (i < limit ? replacement : "") + (characters[i] ?? "");
          }
          return out2;
        }
        const parts = text2.split(old);
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
        lower: goFunction("lower", "(string)", ["s"], (text2) => text2.toLowerCase()),
        upper: goFunction("upper", "(string)", ["s"], (text2) => text2.toUpperCase()),
        replace: goFunction("replace", "(old, new, n, string): the first n instances of old, all when n is -1", ["s", "s", "n", "s"], (old, replacement, n, text2) => goReplace(text2, old, replacement, n)),
        replace_all: goFunction("replace_all", "(old, new, string)", ["s", "s", "s"], (old, replacement, text2) => goReplace(text2, old, replacement, -1)),
        split: goFunction("split", "(string, separator, index): the index-th part, from 0", ["s", "s", "n"], (text2, separator, index) => {
          const parts = separator === "" ? [...text2] : text2.split(separator);
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
      const sourceOmiVariables = (
        /* unused pure expression or super */
        null
      );
      function toHandlebars(template) {
        return template.replace(/\{\{(-?)([^{}]*?)(-?)\}\}/g, (_match, open, body, close) => {
          const expr = body.trim().replace(/`([^`]*)`/g, (_quoted, text2) => JSON.stringify(text2)).replace(/(^|[\s(])\.(?=[A-Za-z_])/g, "$1");
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
          __nccwpck_require__2(8508)
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
          PathExpression(path2) {
            if (!path2.data && path2.parts.length > 0)
              this.found.variables.push(path2.parts.join("."));
          }
          /** `{{name}}` is a function call when name is a function or has arguments; else a variable. */
          callOrLookup(node) {
            const path2 = node.path;
            if (isPath(path2) && (path2.original in helpers || node.params.length > 0)) {
              this.found.functions.push(path2.original);
            } else {
              this.accept(path2);
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
          const lines = error instanceof Error ? error.message.split("\n") : [String(error)];
          const reason = lines.length > 1 ? `${lines[0]} ${lines[lines.length - 1]}` : lines[0];
          throw new Error(`${field}: cannot read template ${JSON.stringify(template)}: ${reason}`, {
            cause: error
          });
        }
        const found = collectReferences(program);
        const unknownFunction = found.functions.find((name) => !(name in helpers));
        if (unknownFunction !== void 0) {
          throw new Error(`${field}: unknown template function "${unknownFunction}" in ${JSON.stringify(template)}. Functions: ${templateFunctions.join(", ")}.`);
        }
        const unknownVariable = found.variables.find((path2) => !(path2.split(".")[0] in vars));
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
      function render2(template, vars, field) {
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
    })
  ),
  /***/
  4979: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("./unused/source-map.mjs");
    })
  ),
  /***/
  181: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
    })
  ),
  /***/
  6982: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
    })
  ),
  /***/
  9896: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
    })
  ),
  /***/
  7598: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
    })
  ),
  /***/
  3024: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
    })
  ),
  /***/
  1455: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
    })
  ),
  /***/
  8161: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
    })
  ),
  /***/
  6760: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
    })
  ),
  /***/
  932: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");
    })
  ),
  /***/
  3480: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");
    })
  ),
  /***/
  7016: (
    /***/
    ((module) => {
      module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
    })
  ),
  /***/
  7349: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Scalar = __nccwpck_require__2(3301);
      var YAMLMap = __nccwpck_require__2(4454);
      var YAMLSeq = __nccwpck_require__2(2223);
      var resolveBlockMap = __nccwpck_require__2(7103);
      var resolveBlockSeq = __nccwpck_require__2(334);
      var resolveFlowCollection = __nccwpck_require__2(3142);
      function resolveCollection(CN, ctx, token, onError, tagName, tag) {
        const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
        const Coll = coll.constructor;
        if (tagName === "!" || tagName === Coll.tagName) {
          coll.tag = Coll.tagName;
          return coll;
        }
        if (tagName)
          coll.tag = tagName;
        return coll;
      }
      function composeCollection(CN, ctx, token, props, onError) {
        const tagToken = props.tag;
        const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
        if (token.type === "block-seq") {
          const { anchor, newlineAfterProp: nl } = props;
          const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
          if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = "Missing newline after block sequence props";
            onError(lastProp, "MISSING_CHAR", message);
          }
        }
        const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
        if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
        let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
        if (!tag) {
          const kt = ctx.schema.knownTags[tagName];
          if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
          } else {
            if (kt) {
              onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
            } else {
              onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
          }
        }
        const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
        const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
        const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
        node.range = coll.range;
        node.tag = tagName;
        if (tag?.format)
          node.format = tag.format;
        return node;
      }
      exports.composeCollection = composeCollection;
    })
  ),
  /***/
  3683: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Document = __nccwpck_require__2(3021);
      var composeNode = __nccwpck_require__2(5937);
      var resolveEnd = __nccwpck_require__2(7788);
      var resolveProps = __nccwpck_require__2(4631);
      function composeDoc(options, directives, { offset, start, value, end }, onError) {
        const opts = Object.assign({ _directives: directives }, options);
        const doc = new Document.Document(void 0, opts);
        const ctx = {
          atKey: false,
          atRoot: true,
          directives: doc.directives,
          options: doc.options,
          schema: doc.schema
        };
        const props = resolveProps.resolveProps(start, {
          indicator: "doc-start",
          next: value ?? end?.[0],
          offset,
          onError,
          parentIndent: 0,
          startOnNewline: true
        });
        if (props.found) {
          doc.directives.docStart = true;
          if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
            onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
        }
        doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
        const contentEnd = doc.contents.range[2];
        const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
        if (re.comment)
          doc.comment = re.comment;
        doc.range = [offset, contentEnd, re.offset];
        return doc;
      }
      exports.composeDoc = composeDoc;
    })
  ),
  /***/
  5937: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Alias = __nccwpck_require__2(4065);
      var identity = __nccwpck_require__2(1127);
      var composeCollection = __nccwpck_require__2(7349);
      var composeScalar = __nccwpck_require__2(5413);
      var resolveEnd = __nccwpck_require__2(7788);
      var utilEmptyScalarPosition = __nccwpck_require__2(2599);
      const CN = { composeNode, composeEmptyNode };
      function composeNode(ctx, token, props, onError) {
        const atKey = ctx.atKey;
        const { spaceBefore, comment, anchor, tag } = props;
        let node;
        let isSrcToken = true;
        switch (token.type) {
          case "alias":
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
              onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
            break;
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
          case "block-scalar":
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
            break;
          case "block-map":
          case "block-seq":
          case "flow-collection":
            try {
              node = composeCollection.composeCollection(CN, ctx, token, props, onError);
              if (anchor)
                node.anchor = anchor.source.substring(1);
            } catch (error) {
              const message = error instanceof Error ? error.message : String(error);
              onError(token, "RESOURCE_EXHAUSTION", message);
            }
            break;
          default: {
            const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
            onError(token, "UNEXPECTED_TOKEN", message);
            isSrcToken = false;
          }
        }
        node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
        if (anchor && node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
        if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
          const msg = "With stringKeys, all keys must be strings";
          onError(tag ?? token, "NON_STRING_KEY", msg);
        }
        if (spaceBefore)
          node.spaceBefore = true;
        if (comment) {
          if (token.type === "scalar" && token.source === "")
            node.comment = comment;
          else
            node.commentBefore = comment;
        }
        if (ctx.options.keepSourceTokens && isSrcToken)
          node.srcToken = token;
        return node;
      }
      function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
        const token = {
          type: "scalar",
          offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
          indent: -1,
          source: ""
        };
        const node = composeScalar.composeScalar(ctx, token, tag, onError);
        if (anchor) {
          node.anchor = anchor.source.substring(1);
          if (node.anchor === "")
            onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
        }
        if (spaceBefore)
          node.spaceBefore = true;
        if (comment) {
          node.comment = comment;
          node.range[2] = end;
        }
        return node;
      }
      function composeAlias({ options }, { offset, source, end }, onError) {
        const alias = new Alias.Alias(source.substring(1));
        if (alias.source === "")
          onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
        if (alias.source.endsWith(":"))
          onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
        const valueEnd = offset + source.length;
        const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
        alias.range = [offset, valueEnd, re.offset];
        if (re.comment)
          alias.comment = re.comment;
        return alias;
      }
      exports.composeEmptyNode = composeEmptyNode;
      exports.composeNode = composeNode;
    })
  ),
  /***/
  5413: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Scalar = __nccwpck_require__2(3301);
      var resolveBlockScalar = __nccwpck_require__2(8913);
      var resolveFlowScalar = __nccwpck_require__2(6842);
      function composeScalar(ctx, token, tagToken, onError) {
        const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
        const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
        let tag;
        if (ctx.options.stringKeys && ctx.atKey) {
          tag = ctx.schema[identity.SCALAR];
        } else if (tagName)
          tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
        else if (token.type === "scalar")
          tag = findScalarTagByTest(ctx, value, token, onError);
        else
          tag = ctx.schema[identity.SCALAR];
        let scalar;
        try {
          const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
          scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
        } catch (error) {
          const msg = error instanceof Error ? error.message : String(error);
          onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
          scalar = new Scalar.Scalar(value);
        }
        scalar.range = range;
        scalar.source = value;
        if (type)
          scalar.type = type;
        if (tagName)
          scalar.tag = tagName;
        if (tag.format)
          scalar.format = tag.format;
        if (comment)
          scalar.comment = comment;
        return scalar;
      }
      function findScalarTagByName(schema, value, tagName, tagToken, onError) {
        if (tagName === "!")
          return schema[identity.SCALAR];
        const matchWithTest = [];
        for (const tag of schema.tags) {
          if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
              matchWithTest.push(tag);
            else
              return tag;
          }
        }
        for (const tag of matchWithTest)
          if (tag.test?.test(value))
            return tag;
        const kt = schema.knownTags[tagName];
        if (kt && !kt.collection) {
          schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
          return kt;
        }
        onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
        return schema[identity.SCALAR];
      }
      function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
        const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
        if (schema.compat) {
          const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
          if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, "TAG_RESOLVE_FAILED", msg, true);
          }
        }
        return tag;
      }
      exports.composeScalar = composeScalar;
    })
  ),
  /***/
  9984: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var node_process = __nccwpck_require__2(932);
      var directives = __nccwpck_require__2(1342);
      var Document = __nccwpck_require__2(3021);
      var errors = __nccwpck_require__2(1464);
      var identity = __nccwpck_require__2(1127);
      var composeDoc = __nccwpck_require__2(3683);
      var resolveEnd = __nccwpck_require__2(7788);
      function getErrorPos(src) {
        if (typeof src === "number")
          return [src, src + 1];
        if (Array.isArray(src))
          return src.length === 2 ? src : [src[0], src[1]];
        const { offset, source } = src;
        return [offset, offset + (typeof source === "string" ? source.length : 1)];
      }
      function parsePrelude(prelude) {
        let comment = "";
        let atComment = false;
        let afterEmptyLine = false;
        for (let i = 0; i < prelude.length; ++i) {
          const source = prelude[i];
          switch (source[0]) {
            case "#":
              comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
              atComment = true;
              afterEmptyLine = false;
              break;
            case "%":
              if (prelude[i + 1]?.[0] !== "#")
                i += 1;
              atComment = false;
              break;
            default:
              if (!atComment)
                afterEmptyLine = true;
              atComment = false;
          }
        }
        return { comment, afterEmptyLine };
      }
      class Composer {
        constructor(options = {}) {
          this.doc = null;
          this.atDirectives = false;
          this.prelude = [];
          this.errors = [];
          this.warnings = [];
          this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
              this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
              this.errors.push(new errors.YAMLParseError(pos, code, message));
          };
          this.directives = new directives.Directives({ version: options.version || "1.2" });
          this.options = options;
        }
        decorate(doc, afterDoc) {
          const { comment, afterEmptyLine } = parsePrelude(this.prelude);
          if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
              doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
            } else if (afterEmptyLine || doc.directives.docStart || !dc) {
              doc.commentBefore = comment;
            } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
              let it = dc.items[0];
              if (identity.isPair(it))
                it = it.key;
              const cb = it.commentBefore;
              it.commentBefore = cb ? `${comment}
${cb}` : comment;
            } else {
              const cb = dc.commentBefore;
              dc.commentBefore = cb ? `${comment}
${cb}` : comment;
            }
          }
          if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
              doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
              doc.warnings.push(this.warnings[i]);
          } else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
          }
          this.prelude = [];
          this.errors = [];
          this.warnings = [];
        }
        /**
         * Current stream status information.
         *
         * Mostly useful at the end of input for an empty stream.
         */
        streamInfo() {
          return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
          };
        }
        /**
         * Compose tokens into documents.
         *
         * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
         * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
         */
        *compose(tokens, forceDoc = false, endOffset = -1) {
          for (const token of tokens)
            yield* this.next(token);
          yield* this.end(forceDoc, endOffset);
        }
        /** Advance the composer by one CST token. */
        *next(token) {
          if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
          switch (token.type) {
            case "directive":
              this.directives.add(token.source, (offset, message, warning) => {
                const pos = getErrorPos(token);
                pos[0] += offset;
                this.onError(pos, "BAD_DIRECTIVE", message, warning);
              });
              this.prelude.push(token.source);
              this.atDirectives = true;
              break;
            case "document": {
              const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
              if (this.atDirectives && !doc.directives.docStart)
                this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
              this.decorate(doc, false);
              if (this.doc)
                yield this.doc;
              this.doc = doc;
              this.atDirectives = false;
              break;
            }
            case "byte-order-mark":
            case "space":
              break;
            case "comment":
            case "newline":
              this.prelude.push(token.source);
              break;
            case "error": {
              const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
              const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
              if (this.atDirectives || !this.doc)
                this.errors.push(error);
              else
                this.doc.errors.push(error);
              break;
            }
            case "doc-end": {
              if (!this.doc) {
                const msg = "Unexpected doc-end without preceding document";
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
                break;
              }
              this.doc.directives.docEnd = true;
              const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
              this.decorate(this.doc, true);
              if (end.comment) {
                const dc = this.doc.comment;
                this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
              }
              this.doc.range[2] = end.offset;
              break;
            }
            default:
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
          }
        }
        /**
         * Call at end of input to yield any remaining document.
         *
         * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
         * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
         */
        *end(forceDoc = false, endOffset = -1) {
          if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
          } else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(void 0, opts);
            if (this.atDirectives)
              this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
          }
        }
      }
      exports.Composer = Composer;
    })
  ),
  /***/
  7103: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Pair = __nccwpck_require__2(7165);
      var YAMLMap = __nccwpck_require__2(4454);
      var resolveProps = __nccwpck_require__2(4631);
      var utilContainsNewline = __nccwpck_require__2(9499);
      var utilFlowIndentCheck = __nccwpck_require__2(4051);
      var utilMapIncludes = __nccwpck_require__2(1187);
      const startColMsg = "All mapping items must start at the same column";
      function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
        const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
        const map = new NodeClass(ctx.schema);
        if (ctx.atRoot)
          ctx.atRoot = false;
        let offset = bm.offset;
        let commentEnd = null;
        for (const collItem of bm.items) {
          const { start, key, sep, value } = collItem;
          const keyProps = resolveProps.resolveProps(start, {
            indicator: "explicit-key-ind",
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
          });
          const implicitKey = !keyProps.found;
          if (implicitKey) {
            if (key) {
              if (key.type === "block-seq")
                onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
              else if ("indent" in key && key.indent !== bm.indent)
                onError(offset, "BAD_INDENT", startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
              commentEnd = keyProps.end;
              if (keyProps.comment) {
                if (map.comment)
                  map.comment += "\n" + keyProps.comment;
                else
                  map.comment = keyProps.comment;
              }
              continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
              onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
            }
          } else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, "BAD_INDENT", startColMsg);
          }
          ctx.atKey = true;
          const keyStart = keyProps.end;
          const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
          ctx.atKey = false;
          if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === "block-scalar"
          });
          offset = valueProps.end;
          if (valueProps.found) {
            if (implicitKey) {
              if (value?.type === "block-map" && !valueProps.hasNewline)
                onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
              if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
                onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
            }
            const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
              utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
              pair.srcToken = collItem;
            map.items.push(pair);
          } else {
            if (implicitKey)
              onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
            if (valueProps.comment) {
              if (keyNode.comment)
                keyNode.comment += "\n" + valueProps.comment;
              else
                keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
              pair.srcToken = collItem;
            map.items.push(pair);
          }
        }
        if (commentEnd && commentEnd < offset)
          onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
        map.range = [bm.offset, offset, commentEnd ?? offset];
        return map;
      }
      exports.resolveBlockMap = resolveBlockMap;
    })
  ),
  /***/
  8913: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      function resolveBlockScalar(ctx, scalar, onError) {
        const start = scalar.offset;
        const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
        if (!header)
          return { value: "", type: null, comment: "", range: [start, start, start] };
        const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
        const lines = scalar.source ? splitLines(scalar.source) : [];
        let chompStart = lines.length;
        for (let i = lines.length - 1; i >= 0; --i) {
          const content = lines[i][1];
          if (content === "" || content === "\r")
            chompStart = i;
          else
            break;
        }
        if (chompStart === 0) {
          const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
          let end2 = start + header.length;
          if (scalar.source)
            end2 += scalar.source.length;
          return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
        }
        let trimIndent = scalar.indent + header.indent;
        let offset = scalar.offset + header.length;
        let contentStart = 0;
        for (let i = 0; i < chompStart; ++i) {
          const [indent, content] = lines[i];
          if (content === "" || content === "\r") {
            if (header.indent === 0 && indent.length > trimIndent)
              trimIndent = indent.length;
          } else {
            if (indent.length < trimIndent) {
              const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
              onError(offset + indent.length, "MISSING_CHAR", message);
            }
            if (header.indent === 0)
              trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
              const message = "Block scalar values in collections must be indented";
              onError(offset, "BAD_INDENT", message);
            }
            break;
          }
          offset += indent.length + content.length + 1;
        }
        for (let i = lines.length - 1; i >= chompStart; --i) {
          if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
        }
        let value = "";
        let sep = "";
        let prevMoreIndented = false;
        for (let i = 0; i < contentStart; ++i)
          value += lines[i][0].slice(trimIndent) + "\n";
        for (let i = contentStart; i < chompStart; ++i) {
          let [indent, content] = lines[i];
          offset += indent.length + content.length + 1;
          const crlf = content[content.length - 1] === "\r";
          if (crlf)
            content = content.slice(0, -1);
          if (content && indent.length < trimIndent) {
            const src = header.indent ? "explicit indentation indicator" : "first line";
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
            indent = "";
          }
          if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = "\n";
          } else if (indent.length > trimIndent || content[0] === "	") {
            if (sep === " ")
              sep = "\n";
            else if (!prevMoreIndented && sep === "\n")
              sep = "\n\n";
            value += sep + indent.slice(trimIndent) + content;
            sep = "\n";
            prevMoreIndented = true;
          } else if (content === "") {
            if (sep === "\n")
              value += "\n";
            else
              sep = "\n";
          } else {
            value += sep + content;
            sep = " ";
            prevMoreIndented = false;
          }
        }
        switch (header.chomp) {
          case "-":
            break;
          case "+":
            for (let i = chompStart; i < lines.length; ++i)
              value += "\n" + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== "\n")
              value += "\n";
            break;
          default:
            value += "\n";
        }
        const end = start + header.length + scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
      }
      function parseBlockScalarHeader({ offset, props }, strict, onError) {
        if (props[0].type !== "block-scalar-header") {
          onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
          return null;
        }
        const { source } = props[0];
        const mode = source[0];
        let indent = 0;
        let chomp = "";
        let error = -1;
        for (let i = 1; i < source.length; ++i) {
          const ch = source[i];
          if (!chomp && (ch === "-" || ch === "+"))
            chomp = ch;
          else {
            const n = Number(ch);
            if (!indent && n)
              indent = n;
            else if (error === -1)
              error = offset + i;
          }
        }
        if (error !== -1)
          onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
        let hasSpace = false;
        let comment = "";
        let length = source.length;
        for (let i = 1; i < props.length; ++i) {
          const token = props[i];
          switch (token.type) {
            case "space":
              hasSpace = true;
            // fallthrough
            case "newline":
              length += token.source.length;
              break;
            case "comment":
              if (strict && !hasSpace) {
                const message = "Comments must be separated from other tokens by white space characters";
                onError(token, "MISSING_CHAR", message);
              }
              length += token.source.length;
              comment = token.source.substring(1);
              break;
            case "error":
              onError(token, "UNEXPECTED_TOKEN", token.message);
              length += token.source.length;
              break;
            /* istanbul ignore next should not happen */
            default: {
              const message = `Unexpected token in block scalar header: ${token.type}`;
              onError(token, "UNEXPECTED_TOKEN", message);
              const ts = token.source;
              if (ts && typeof ts === "string")
                length += ts.length;
            }
          }
        }
        return { mode, indent, chomp, comment, length };
      }
      function splitLines(source) {
        const split = source.split(/\n( *)/);
        const first = split[0];
        const m = first.match(/^( *)/);
        const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
        const lines = [line0];
        for (let i = 1; i < split.length; i += 2)
          lines.push([split[i], split[i + 1]]);
        return lines;
      }
      exports.resolveBlockScalar = resolveBlockScalar;
    })
  ),
  /***/
  334: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var YAMLSeq = __nccwpck_require__2(2223);
      var resolveProps = __nccwpck_require__2(4631);
      var utilFlowIndentCheck = __nccwpck_require__2(4051);
      function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
        const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
        const seq = new NodeClass(ctx.schema);
        if (ctx.atRoot)
          ctx.atRoot = false;
        if (ctx.atKey)
          ctx.atKey = false;
        let offset = bs.offset;
        let commentEnd = null;
        for (const { start, value } of bs.items) {
          const props = resolveProps.resolveProps(start, {
            indicator: "seq-item-ind",
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
          });
          if (!props.found) {
            if (props.anchor || props.tag || value) {
              if (value?.type === "block-seq")
                onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
              else
                onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
            } else {
              commentEnd = props.end;
              if (props.comment)
                seq.comment = props.comment;
              continue;
            }
          }
          const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
          offset = node.range[2];
          seq.items.push(node);
        }
        seq.range = [bs.offset, offset, commentEnd ?? offset];
        return seq;
      }
      exports.resolveBlockSeq = resolveBlockSeq;
    })
  ),
  /***/
  7788: (
    /***/
    ((__unused_webpack_module, exports) => {
      function resolveEnd(end, offset, reqSpace, onError) {
        let comment = "";
        if (end) {
          let hasSpace = false;
          let sep = "";
          for (const token of end) {
            const { source, type } = token;
            switch (type) {
              case "space":
                hasSpace = true;
                break;
              case "comment": {
                if (reqSpace && !hasSpace)
                  onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
                const cb = source.substring(1) || " ";
                if (!comment)
                  comment = cb;
                else
                  comment += sep + cb;
                sep = "";
                break;
              }
              case "newline":
                if (comment)
                  sep += source;
                hasSpace = true;
                break;
              default:
                onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
            }
            offset += source.length;
          }
        }
        return { comment, offset };
      }
      exports.resolveEnd = resolveEnd;
    })
  ),
  /***/
  3142: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Pair = __nccwpck_require__2(7165);
      var YAMLMap = __nccwpck_require__2(4454);
      var YAMLSeq = __nccwpck_require__2(2223);
      var resolveEnd = __nccwpck_require__2(7788);
      var resolveProps = __nccwpck_require__2(4631);
      var utilContainsNewline = __nccwpck_require__2(9499);
      var utilMapIncludes = __nccwpck_require__2(1187);
      const blockMsg = "Block collections are not allowed within flow collections";
      const isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
      function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
        const isMap = fc.start.source === "{";
        const fcName = isMap ? "flow map" : "flow sequence";
        const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
        const coll = new NodeClass(ctx.schema);
        coll.flow = true;
        const atRoot = ctx.atRoot;
        if (atRoot)
          ctx.atRoot = false;
        if (ctx.atKey)
          ctx.atKey = false;
        let offset = fc.offset + fc.start.source.length;
        for (let i = 0; i < fc.items.length; ++i) {
          const collItem = fc.items[i];
          const { start, key, sep, value } = collItem;
          const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: "explicit-key-ind",
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
              if (i === 0 && props.comma)
                onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
              else if (i < fc.items.length - 1)
                onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
              if (props.comment) {
                if (coll.comment)
                  coll.comment += "\n" + props.comment;
                else
                  coll.comment = props.comment;
              }
              offset = props.end;
              continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
              onError(
                key,
                // checked by containsNewline()
                "MULTILINE_IMPLICIT_KEY",
                "Implicit keys of flow sequence pairs need to be on a single line"
              );
          }
          if (i === 0) {
            if (props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
          } else {
            if (!props.comma)
              onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
            if (props.comment) {
              let prevItemComment = "";
              loop: for (const st of start) {
                switch (st.type) {
                  case "comma":
                  case "space":
                    break;
                  case "comment":
                    prevItemComment = st.source.substring(1);
                    break loop;
                  default:
                    break loop;
                }
              }
              if (prevItemComment) {
                let prev = coll.items[coll.items.length - 1];
                if (identity.isPair(prev))
                  prev = prev.value ?? prev.key;
                if (prev.comment)
                  prev.comment += "\n" + prevItemComment;
                else
                  prev.comment = prevItemComment;
                props.comment = props.comment.substring(prevItemComment.length + 1);
              }
            }
          }
          if (!isMap && !sep && !props.found) {
            const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else {
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
              onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
            ctx.atKey = false;
            const valueProps = resolveProps.resolveProps(sep ?? [], {
              flow: fcName,
              indicator: "map-value-ind",
              next: value,
              offset: keyNode.range[2],
              onError,
              parentIndent: fc.indent,
              startOnNewline: false
            });
            if (valueProps.found) {
              if (!isMap && !props.found && ctx.options.strict) {
                if (sep)
                  for (const st of sep) {
                    if (st === valueProps.found)
                      break;
                    if (st.type === "newline") {
                      onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                      break;
                    }
                  }
                if (props.start < valueProps.found.offset - 1024)
                  onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
              }
            } else if (value) {
              if ("source" in value && value.source?.[0] === ":")
                onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
              else
                onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
            }
            const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
            if (valueNode) {
              if (isBlock(value))
                onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
            } else if (valueProps.comment) {
              if (keyNode.comment)
                keyNode.comment += "\n" + valueProps.comment;
              else
                keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
              pair.srcToken = collItem;
            if (isMap) {
              const map = coll;
              if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
              map.items.push(pair);
            } else {
              const map = new YAMLMap.YAMLMap(ctx.schema);
              map.flow = true;
              map.items.push(pair);
              const endRange = (valueNode ?? keyNode).range;
              map.range = [keyNode.range[0], endRange[1], endRange[2]];
              coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
          }
        }
        const expectedEnd = isMap ? "}" : "]";
        const [ce, ...ee] = fc.end;
        let cePos = offset;
        if (ce?.source === expectedEnd)
          cePos = ce.offset + ce.source.length;
        else {
          const name = fcName[0].toUpperCase() + fcName.substring(1);
          const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
          onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
          if (ce && ce.source.length !== 1)
            ee.unshift(ce);
        }
        if (ee.length > 0) {
          const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
          if (end.comment) {
            if (coll.comment)
              coll.comment += "\n" + end.comment;
            else
              coll.comment = end.comment;
          }
          coll.range = [fc.offset, cePos, end.offset];
        } else {
          coll.range = [fc.offset, cePos, cePos];
        }
        return coll;
      }
      exports.resolveFlowCollection = resolveFlowCollection;
    })
  ),
  /***/
  6842: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      var resolveEnd = __nccwpck_require__2(7788);
      function resolveFlowScalar(scalar, strict, onError) {
        const { offset, type, source, end } = scalar;
        let _type;
        let value;
        const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
        switch (type) {
          case "scalar":
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
          case "single-quoted-scalar":
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
          case "double-quoted-scalar":
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
          /* istanbul ignore next should not happen */
          default:
            onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
            return {
              value: "",
              type: null,
              comment: "",
              range: [offset, offset + source.length, offset + source.length]
            };
        }
        const valueEnd = offset + source.length;
        const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
        return {
          value,
          type: _type,
          comment: re.comment,
          range: [offset, valueEnd, re.offset]
        };
      }
      function plainValue(source, onError) {
        let badChar = "";
        switch (source[0]) {
          /* istanbul ignore next should not happen */
          case "	":
            badChar = "a tab character";
            break;
          case ",":
            badChar = "flow indicator character ,";
            break;
          case "%":
            badChar = "directive indicator character %";
            break;
          case "|":
          case ">": {
            badChar = `block scalar indicator ${source[0]}`;
            break;
          }
          case "@":
          case "`": {
            badChar = `reserved character ${source[0]}`;
            break;
          }
        }
        if (badChar)
          onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
        return unfoldLines(source);
      }
      function singleQuotedValue(source, onError) {
        if (source[source.length - 1] !== "'" || source.length === 1)
          onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
        return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
      }
      function unfoldLines(source) {
        const line = /(.*?)\r?\n/sy;
        let match = line.exec(source);
        if (!match)
          return source;
        let trimEnd, trimBoth;
        try {
          trimEnd = new RegExp("(?<![ 	])[ 	]+$");
          trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
        } catch {
          trimEnd = /[ \t]+$/;
          trimBoth = /^[ \t]+|[ \t]+$/g;
        }
        let res = match[1].replace(trimEnd, "");
        let sep = " ";
        let pos = line.lastIndex;
        while (match = line.exec(source)) {
          const lm = match[1].replace(trimBoth, "");
          if (lm === "") {
            if (sep === "\n")
              res += sep;
            else
              sep = "\n";
          } else {
            res += sep + lm;
            sep = " ";
          }
          pos = line.lastIndex;
        }
        const last = /[ \t]*(.*)/sy;
        last.lastIndex = pos;
        match = last.exec(source);
        return res + sep + (match?.[1] ?? "");
      }
      function doubleQuotedValue(source, onError) {
        let res = "";
        for (let i = 1; i < source.length - 1; ++i) {
          const ch = source[i];
          if (ch === "\r" && source[i + 1] === "\n")
            continue;
          if (ch === "\n") {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
          } else if (ch === "\\") {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === "\n") {
              next = source[i + 1];
              while (next === " " || next === "	")
                next = source[++i + 1];
            } else if (next === "\r" && source[i + 1] === "\n") {
              next = source[++i + 1];
              while (next === " " || next === "	")
                next = source[++i + 1];
            } else if (next === "x" || next === "u" || next === "U") {
              const length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError);
              i += length;
            } else {
              const raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
              res += raw;
            }
          } else if (ch === " " || ch === "	") {
            const wsStart = i;
            let next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
            if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
              res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
          } else {
            res += ch;
          }
        }
        if (source[source.length - 1] !== '"' || source.length === 1)
          onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
        return res;
      }
      function foldNewline(source, offset) {
        let fold = "";
        let ch = source[offset + 1];
        while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
          if (ch === "\r" && source[offset + 2] !== "\n")
            break;
          if (ch === "\n")
            fold += "\n";
          offset += 1;
          ch = source[offset + 1];
        }
        if (!fold)
          fold = " ";
        return { fold, offset };
      }
      const escapeCodes = {
        "0": "\0",
        // null character
        a: "\x07",
        // bell character
        b: "\b",
        // backspace
        e: "\x1B",
        // escape character
        f: "\f",
        // form feed
        n: "\n",
        // line feed
        r: "\r",
        // carriage return
        t: "	",
        // horizontal tab
        v: "\v",
        // vertical tab
        N: "\x85",
        // Unicode next line
        _: "\xA0",
        // Unicode non-breaking space
        L: "\u2028",
        // Unicode line separator
        P: "\u2029",
        // Unicode paragraph separator
        " ": " ",
        '"': '"',
        "/": "/",
        "\\": "\\",
        "	": "	"
      };
      function parseCharCode(source, offset, length, onError) {
        const cc = source.substr(offset, length);
        const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
        const code = ok ? parseInt(cc, 16) : NaN;
        try {
          return String.fromCodePoint(code);
        } catch {
          const raw = source.substr(offset - 2, length + 2);
          onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
          return raw;
        }
      }
      exports.resolveFlowScalar = resolveFlowScalar;
    })
  ),
  /***/
  4631: (
    /***/
    ((__unused_webpack_module, exports) => {
      function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
        let spaceBefore = false;
        let atNewline = startOnNewline;
        let hasSpace = startOnNewline;
        let comment = "";
        let commentSep = "";
        let hasNewline = false;
        let reqSpace = false;
        let tab = null;
        let anchor = null;
        let tag = null;
        let newlineAfterProp = null;
        let comma = null;
        let found = null;
        let start = null;
        for (const token of tokens) {
          if (reqSpace) {
            if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
              onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
            reqSpace = false;
          }
          if (tab) {
            if (atNewline && token.type !== "comment" && token.type !== "newline") {
              onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
            }
            tab = null;
          }
          switch (token.type) {
            case "space":
              if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
                tab = token;
              }
              hasSpace = true;
              break;
            case "comment": {
              if (!hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = token.source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += commentSep + cb;
              commentSep = "";
              atNewline = false;
              break;
            }
            case "newline":
              if (atNewline) {
                if (comment)
                  comment += token.source;
                else if (!found || indicator !== "seq-item-ind")
                  spaceBefore = true;
              } else
                commentSep += token.source;
              atNewline = true;
              hasNewline = true;
              if (anchor || tag)
                newlineAfterProp = token;
              hasSpace = true;
              break;
            case "anchor":
              if (anchor)
                onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
              if (token.source.endsWith(":"))
                onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
              anchor = token;
              start ?? (start = token.offset);
              atNewline = false;
              hasSpace = false;
              reqSpace = true;
              break;
            case "tag": {
              if (tag)
                onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
              tag = token;
              start ?? (start = token.offset);
              atNewline = false;
              hasSpace = false;
              reqSpace = true;
              break;
            }
            case indicator:
              if (anchor || tag)
                onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
              if (found)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
              found = token;
              atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
              hasSpace = false;
              break;
            case "comma":
              if (flow) {
                if (comma)
                  onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
                comma = token;
                atNewline = false;
                hasSpace = false;
                break;
              }
            // else fallthrough
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
              atNewline = false;
              hasSpace = false;
          }
        }
        const last = tokens[tokens.length - 1];
        const end = last ? last.offset + last.source.length : offset;
        if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
          onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
        }
        if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
          onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
        return {
          comma,
          found,
          spaceBefore,
          comment,
          hasNewline,
          anchor,
          tag,
          newlineAfterProp,
          end,
          start: start ?? end
        };
      }
      exports.resolveProps = resolveProps;
    })
  ),
  /***/
  9499: (
    /***/
    ((__unused_webpack_module, exports) => {
      function containsNewline(key) {
        if (!key)
          return null;
        switch (key.type) {
          case "alias":
          case "scalar":
          case "double-quoted-scalar":
          case "single-quoted-scalar":
            if (key.source.includes("\n"))
              return true;
            if (key.end) {
              for (const st of key.end)
                if (st.type === "newline")
                  return true;
            }
            return false;
          case "flow-collection":
            for (const it of key.items) {
              for (const st of it.start)
                if (st.type === "newline")
                  return true;
              if (it.sep) {
                for (const st of it.sep)
                  if (st.type === "newline")
                    return true;
              }
              if (containsNewline(it.key) || containsNewline(it.value))
                return true;
            }
            return false;
          default:
            return true;
        }
      }
      exports.containsNewline = containsNewline;
    })
  ),
  /***/
  2599: (
    /***/
    ((__unused_webpack_module, exports) => {
      function emptyScalarPosition(offset, before, pos) {
        if (before) {
          pos ?? (pos = before.length);
          for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
              case "space":
              case "comment":
              case "newline":
                offset -= st.source.length;
                continue;
            }
            st = before[++i];
            while (st?.type === "space") {
              offset += st.source.length;
              st = before[++i];
            }
            break;
          }
        }
        return offset;
      }
      exports.emptyScalarPosition = emptyScalarPosition;
    })
  ),
  /***/
  4051: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var utilContainsNewline = __nccwpck_require__2(9499);
      function flowIndentCheck(indent, fc, onError) {
        if (fc?.type === "flow-collection") {
          const end = fc.end[0];
          if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
            const msg = "Flow end indicator should be more indented than parent";
            onError(end, "BAD_INDENT", msg, true);
          }
        }
      }
      exports.flowIndentCheck = flowIndentCheck;
    })
  ),
  /***/
  1187: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      function mapIncludes(ctx, items, search) {
        const { uniqueKeys } = ctx.options;
        if (uniqueKeys === false)
          return false;
        const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
        return items.some((pair) => isEqual(pair.key, search));
      }
      exports.mapIncludes = mapIncludes;
    })
  ),
  /***/
  3021: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Alias = __nccwpck_require__2(4065);
      var Collection = __nccwpck_require__2(101);
      var identity = __nccwpck_require__2(1127);
      var Pair = __nccwpck_require__2(7165);
      var toJS = __nccwpck_require__2(4043);
      var Schema = __nccwpck_require__2(5840);
      var stringifyDocument = __nccwpck_require__2(6829);
      var anchors = __nccwpck_require__2(1596);
      var applyReviver = __nccwpck_require__2(3661);
      var createNode = __nccwpck_require__2(2404);
      var directives = __nccwpck_require__2(1342);
      class Document {
        constructor(value, replacer, options) {
          this.commentBefore = null;
          this.comment = null;
          this.errors = [];
          this.warnings = [];
          Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
          let _replacer = null;
          if (typeof replacer === "function" || Array.isArray(replacer)) {
            _replacer = replacer;
          } else if (options === void 0 && replacer) {
            options = replacer;
            replacer = void 0;
          }
          const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: "warn",
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: "1.2"
          }, options);
          this.options = opt;
          let { version } = opt;
          if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
              version = this.directives.yaml.version;
          } else
            this.directives = new directives.Directives({ version });
          this.setSchema(version, options);
          this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
        }
        /**
         * Create a deep copy of this Document and its contents.
         *
         * Custom Node values that inherit from `Object` still refer to their original instances.
         */
        clone() {
          const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
          });
          copy.commentBefore = this.commentBefore;
          copy.comment = this.comment;
          copy.errors = this.errors.slice();
          copy.warnings = this.warnings.slice();
          copy.options = Object.assign({}, this.options);
          if (this.directives)
            copy.directives = this.directives.clone();
          copy.schema = this.schema.clone();
          copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
          if (this.range)
            copy.range = this.range.slice();
          return copy;
        }
        /** Adds a value to the document. */
        add(value) {
          if (assertCollection(this.contents))
            this.contents.add(value);
        }
        /** Adds a value to the document. */
        addIn(path2, value) {
          if (assertCollection(this.contents))
            this.contents.addIn(path2, value);
        }
        /**
         * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
         *
         * If `node` already has an anchor, `name` is ignored.
         * Otherwise, the `node.anchor` value will be set to `name`,
         * or if an anchor with that name is already present in the document,
         * `name` will be used as a prefix for a new unique anchor.
         * If `name` is undefined, the generated anchor will use 'a' as a prefix.
         */
        createAlias(node, name) {
          if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
            !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
          }
          return new Alias.Alias(node.anchor);
        }
        createNode(value, replacer, options) {
          let _replacer = void 0;
          if (typeof replacer === "function") {
            value = replacer.call({ "": value }, "", value);
            _replacer = replacer;
          } else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
              replacer = replacer.concat(asStr);
            _replacer = replacer;
          } else if (options === void 0 && replacer) {
            options = replacer;
            replacer = void 0;
          }
          const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
          const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
            this,
            // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
            anchorPrefix || "a"
          );
          const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
          };
          const node = createNode.createNode(value, tag, ctx);
          if (flow && identity.isCollection(node))
            node.flow = true;
          setAnchors();
          return node;
        }
        /**
         * Convert a key and a value into a `Pair` using the current schema,
         * recursively wrapping all values as `Scalar` or `Collection` nodes.
         */
        createPair(key, value, options = {}) {
          const k = this.createNode(key, null, options);
          const v = this.createNode(value, null, options);
          return new Pair.Pair(k, v);
        }
        /**
         * Removes a value from the document.
         * @returns `true` if the item was found and removed.
         */
        delete(key) {
          return assertCollection(this.contents) ? this.contents.delete(key) : false;
        }
        /**
         * Removes a value from the document.
         * @returns `true` if the item was found and removed.
         */
        deleteIn(path2) {
          if (Collection.isEmptyPath(path2)) {
            if (this.contents == null)
              return false;
            this.contents = null;
            return true;
          }
          return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
        }
        /**
         * Returns item at `key`, or `undefined` if not found. By default unwraps
         * scalar values from their surrounding node; to disable set `keepScalar` to
         * `true` (collections are always returned intact).
         */
        get(key, keepScalar) {
          return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
        }
        /**
         * Returns item at `path`, or `undefined` if not found. By default unwraps
         * scalar values from their surrounding node; to disable set `keepScalar` to
         * `true` (collections are always returned intact).
         */
        getIn(path2, keepScalar) {
          if (Collection.isEmptyPath(path2))
            return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
          return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
        }
        /**
         * Checks if the document includes a value with the key `key`.
         */
        has(key) {
          return identity.isCollection(this.contents) ? this.contents.has(key) : false;
        }
        /**
         * Checks if the document includes a value at `path`.
         */
        hasIn(path2) {
          if (Collection.isEmptyPath(path2))
            return this.contents !== void 0;
          return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
        }
        /**
         * Sets a value in this document. For `!!set`, `value` needs to be a
         * boolean to add/remove the item from the set.
         */
        set(key, value) {
          if (this.contents == null) {
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
          } else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
          }
        }
        /**
         * Sets a value in this document. For `!!set`, `value` needs to be a
         * boolean to add/remove the item from the set.
         */
        setIn(path2, value) {
          if (Collection.isEmptyPath(path2)) {
            this.contents = value;
          } else if (this.contents == null) {
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
          } else if (assertCollection(this.contents)) {
            this.contents.setIn(path2, value);
          }
        }
        /**
         * Change the YAML version and schema used by the document.
         * A `null` version disables support for directives, explicit tags, anchors, and aliases.
         * It also requires the `schema` option to be given as a `Schema` instance value.
         *
         * Overrides all previously set schema options.
         */
        setSchema(version, options = {}) {
          if (typeof version === "number")
            version = String(version);
          let opt;
          switch (version) {
            case "1.1":
              if (this.directives)
                this.directives.yaml.version = "1.1";
              else
                this.directives = new directives.Directives({ version: "1.1" });
              opt = { resolveKnownTags: false, schema: "yaml-1.1" };
              break;
            case "1.2":
            case "next":
              if (this.directives)
                this.directives.yaml.version = version;
              else
                this.directives = new directives.Directives({ version });
              opt = { resolveKnownTags: true, schema: "core" };
              break;
            case null:
              if (this.directives)
                delete this.directives;
              opt = null;
              break;
            default: {
              const sv = JSON.stringify(version);
              throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
          }
          if (options.schema instanceof Object)
            this.schema = options.schema;
          else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
          else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
        }
        // json & jsonArg are only used from toJSON()
        toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
          const ctx = {
            anchors: /* @__PURE__ */ new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
          };
          const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
          if (typeof onAnchor === "function")
            for (const { count, res: res2 } of ctx.anchors.values())
              onAnchor(res2, count);
          return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
        }
        /**
         * A JSON representation of the document `contents`.
         *
         * @param jsonArg Used by `JSON.stringify` to indicate the array index or
         *   property name.
         */
        toJSON(jsonArg, onAnchor) {
          return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
        }
        /** A YAML representation of the document. */
        toString(options = {}) {
          if (this.errors.length > 0)
            throw new Error("Document with errors cannot be stringified");
          if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
          }
          return stringifyDocument.stringifyDocument(this, options);
        }
      }
      function assertCollection(contents) {
        if (identity.isCollection(contents))
          return true;
        throw new Error("Expected a YAML collection as document contents");
      }
      exports.Document = Document;
    })
  ),
  /***/
  1596: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var visit = __nccwpck_require__2(204);
      function anchorIsValid(anchor) {
        if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
          const sa = JSON.stringify(anchor);
          const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
          throw new Error(msg);
        }
        return true;
      }
      function anchorNames(root) {
        const anchors = /* @__PURE__ */ new Set();
        visit.visit(root, {
          Value(_key, node) {
            if (node.anchor)
              anchors.add(node.anchor);
          }
        });
        return anchors;
      }
      function findNewAnchor(prefix, exclude) {
        for (let i = 1; true; ++i) {
          const name = `${prefix}${i}`;
          if (!exclude.has(name))
            return name;
        }
      }
      function createNodeAnchors(doc, prefix) {
        const aliasObjects = [];
        const sourceObjects = /* @__PURE__ */ new Map();
        let prevAnchors = null;
        return {
          onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
          },
          /**
           * With circular references, the source node is only resolved after all
           * of its child nodes are. This is why anchors are set only after all of
           * the nodes have been created.
           */
          setAnchors: () => {
            for (const source of aliasObjects) {
              const ref = sourceObjects.get(source);
              if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                ref.node.anchor = ref.anchor;
              } else {
                const error = new Error("Failed to resolve repeated object (this should not happen)");
                error.source = source;
                throw error;
              }
            }
          },
          sourceObjects
        };
      }
      exports.anchorIsValid = anchorIsValid;
      exports.anchorNames = anchorNames;
      exports.createNodeAnchors = createNodeAnchors;
      exports.findNewAnchor = findNewAnchor;
    })
  ),
  /***/
  3661: (
    /***/
    ((__unused_webpack_module, exports) => {
      function applyReviver(reviver, obj, key, val) {
        if (val && typeof val === "object") {
          if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
              const v0 = val[i];
              const v1 = applyReviver(reviver, val, String(i), v0);
              if (v1 === void 0)
                delete val[i];
              else if (v1 !== v0)
                val[i] = v1;
            }
          } else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
              const v0 = val.get(k);
              const v1 = applyReviver(reviver, val, k, v0);
              if (v1 === void 0)
                val.delete(k);
              else if (v1 !== v0)
                val.set(k, v1);
            }
          } else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
              const v1 = applyReviver(reviver, val, v0, v0);
              if (v1 === void 0)
                val.delete(v0);
              else if (v1 !== v0) {
                val.delete(v0);
                val.add(v1);
              }
            }
          } else {
            for (const [k, v0] of Object.entries(val)) {
              const v1 = applyReviver(reviver, val, k, v0);
              if (v1 === void 0)
                delete val[k];
              else if (v1 !== v0)
                val[k] = v1;
            }
          }
        }
        return reviver.call(obj, key, val);
      }
      exports.applyReviver = applyReviver;
    })
  ),
  /***/
  2404: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Alias = __nccwpck_require__2(4065);
      var identity = __nccwpck_require__2(1127);
      var Scalar = __nccwpck_require__2(3301);
      const defaultTagPrefix = "tag:yaml.org,2002:";
      function findTagObject(value, tagName, tags) {
        if (tagName) {
          const match = tags.filter((t) => t.tag === tagName);
          const tagObj = match.find((t) => !t.format) ?? match[0];
          if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
          return tagObj;
        }
        return tags.find((t) => t.identify?.(value) && !t.format);
      }
      function createNode(value, tagName, ctx) {
        if (identity.isDocument(value))
          value = value.contents;
        if (identity.isNode(value))
          return value;
        if (identity.isPair(value)) {
          const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
          map.items.push(value);
          return map;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
          value = value.valueOf();
        }
        const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
        let ref = void 0;
        if (aliasDuplicateObjects && value && typeof value === "object") {
          ref = sourceObjects.get(value);
          if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
          } else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
          }
        }
        if (tagName?.startsWith("!!"))
          tagName = defaultTagPrefix + tagName.slice(2);
        let tagObj = findTagObject(value, tagName, schema.tags);
        if (!tagObj) {
          if (value && typeof value.toJSON === "function") {
            value = value.toJSON();
          }
          if (!value || typeof value !== "object") {
            const node2 = new Scalar.Scalar(value);
            if (ref)
              ref.node = node2;
            return node2;
          }
          tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
        }
        if (onTagObj) {
          onTagObj(tagObj);
          delete ctx.onTagObj;
        }
        const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
        if (tagName)
          node.tag = tagName;
        else if (!tagObj.default)
          node.tag = tagObj.tag;
        if (ref)
          ref.node = node;
        return node;
      }
      exports.createNode = createNode;
    })
  ),
  /***/
  1342: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var visit = __nccwpck_require__2(204);
      const escapeChars = {
        "!": "%21",
        ",": "%2C",
        "[": "%5B",
        "]": "%5D",
        "{": "%7B",
        "}": "%7D"
      };
      const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
      class Directives {
        constructor(yaml, tags) {
          this.docStart = null;
          this.docEnd = false;
          this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
          this.tags = Object.assign({}, Directives.defaultTags, tags);
        }
        clone() {
          const copy = new Directives(this.yaml, this.tags);
          copy.docStart = this.docStart;
          return copy;
        }
        /**
         * During parsing, get a Directives instance for the current document and
         * update the stream state according to the current version's spec.
         */
        atDocument() {
          const res = new Directives(this.yaml, this.tags);
          switch (this.yaml.version) {
            case "1.1":
              this.atNextDocument = true;
              break;
            case "1.2":
              this.atNextDocument = false;
              this.yaml = {
                explicit: Directives.defaultYaml.explicit,
                version: "1.2"
              };
              this.tags = Object.assign({}, Directives.defaultTags);
              break;
          }
          return res;
        }
        /**
         * @param onError - May be called even if the action was successful
         * @returns `true` on success
         */
        add(line, onError) {
          if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: "1.1" };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
          }
          const parts = line.trim().split(/[ \t]+/);
          const name = parts.shift();
          switch (name) {
            case "%TAG": {
              if (parts.length !== 2) {
                onError(0, "%TAG directive should contain exactly two parts");
                if (parts.length < 2)
                  return false;
              }
              const [handle, prefix] = parts;
              this.tags[handle] = prefix;
              return true;
            }
            case "%YAML": {
              this.yaml.explicit = true;
              if (parts.length !== 1) {
                onError(0, "%YAML directive should contain exactly one part");
                return false;
              }
              const [version] = parts;
              if (version === "1.1" || version === "1.2") {
                this.yaml.version = version;
                return true;
              } else {
                const isValid = /^\d+\.\d+$/.test(version);
                onError(6, `Unsupported YAML version ${version}`, isValid);
                return false;
              }
            }
            default:
              onError(0, `Unknown directive ${name}`, true);
              return false;
          }
        }
        /**
         * Resolves a tag, matching handles to those defined in %TAG directives.
         *
         * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
         *   `'!local'` tag, or `null` if unresolvable.
         */
        tagName(source, onError) {
          if (source === "!")
            return "!";
          if (source[0] !== "!") {
            onError(`Not a valid tag: ${source}`);
            return null;
          }
          if (source[1] === "<") {
            const verbatim = source.slice(2, -1);
            if (verbatim === "!" || verbatim === "!!") {
              onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
              return null;
            }
            if (source[source.length - 1] !== ">")
              onError("Verbatim tags must end with a >");
            return verbatim;
          }
          const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
          if (!suffix)
            onError(`The ${source} tag has no suffix`);
          const prefix = this.tags[handle];
          if (prefix) {
            try {
              return prefix + decodeURIComponent(suffix);
            } catch (error) {
              onError(String(error));
              return null;
            }
          }
          if (handle === "!")
            return source;
          onError(`Could not resolve tag: ${source}`);
          return null;
        }
        /**
         * Given a fully resolved tag, returns its printable string form,
         * taking into account current tag prefixes and defaults.
         */
        tagString(tag) {
          for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
              return handle + escapeTagName(tag.substring(prefix.length));
          }
          return tag[0] === "!" ? tag : `!<${tag}>`;
        }
        toString(doc) {
          const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
          const tagEntries = Object.entries(this.tags);
          let tagNames;
          if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
              if (identity.isNode(node) && node.tag)
                tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
          } else
            tagNames = [];
          for (const [handle, prefix] of tagEntries) {
            if (handle === "!!" && prefix === "tag:yaml.org,2002:")
              continue;
            if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
              lines.push(`%TAG ${handle} ${prefix}`);
          }
          return lines.join("\n");
        }
      }
      Directives.defaultYaml = { explicit: false, version: "1.2" };
      Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
      exports.Directives = Directives;
    })
  ),
  /***/
  1464: (
    /***/
    ((__unused_webpack_module, exports) => {
      class YAMLError extends Error {
        constructor(name, pos, code, message) {
          super();
          this.name = name;
          this.code = code;
          this.message = message;
          this.pos = pos;
        }
      }
      class YAMLParseError extends YAMLError {
        constructor(pos, code, message) {
          super("YAMLParseError", pos, code, message);
        }
      }
      class YAMLWarning extends YAMLError {
        constructor(pos, code, message) {
          super("YAMLWarning", pos, code, message);
        }
      }
      const prettifyError = (src, lc) => (error) => {
        if (error.pos[0] === -1)
          return;
        error.linePos = error.pos.map((pos) => lc.linePos(pos));
        const { line, col } = error.linePos[0];
        error.message += ` at line ${line}, column ${col}`;
        let ci = col - 1;
        let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
        if (ci >= 60 && lineStr.length > 80) {
          const trimStart = Math.min(ci - 39, lineStr.length - 79);
          lineStr = "\u2026" + lineStr.substring(trimStart);
          ci -= trimStart - 1;
        }
        if (lineStr.length > 80)
          lineStr = lineStr.substring(0, 79) + "\u2026";
        if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
          let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
          if (prev.length > 80)
            prev = prev.substring(0, 79) + "\u2026\n";
          lineStr = prev + lineStr;
        }
        if (/[^ ]/.test(lineStr)) {
          let count = 1;
          const end = error.linePos[1];
          if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
          }
          const pointer = " ".repeat(ci) + "^".repeat(count);
          error.message += `:

${lineStr}
${pointer}
`;
        }
      };
      exports.YAMLError = YAMLError;
      exports.YAMLParseError = YAMLParseError;
      exports.YAMLWarning = YAMLWarning;
      exports.prettifyError = prettifyError;
    })
  ),
  /***/
  8815: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var composer = __nccwpck_require__2(9984);
      var Document = __nccwpck_require__2(3021);
      var Schema = __nccwpck_require__2(5840);
      var errors = __nccwpck_require__2(1464);
      var Alias = __nccwpck_require__2(4065);
      var identity = __nccwpck_require__2(1127);
      var Pair = __nccwpck_require__2(7165);
      var Scalar = __nccwpck_require__2(3301);
      var YAMLMap = __nccwpck_require__2(4454);
      var YAMLSeq = __nccwpck_require__2(2223);
      var cst = __nccwpck_require__2(3461);
      var lexer = __nccwpck_require__2(361);
      var lineCounter = __nccwpck_require__2(6628);
      var parser = __nccwpck_require__2(3456);
      var publicApi = __nccwpck_require__2(4047);
      var visit = __nccwpck_require__2(204);
      exports.Composer = composer.Composer;
      exports.Document = Document.Document;
      exports.Schema = Schema.Schema;
      exports.YAMLError = errors.YAMLError;
      exports.YAMLParseError = errors.YAMLParseError;
      exports.YAMLWarning = errors.YAMLWarning;
      exports.Alias = Alias.Alias;
      exports.isAlias = identity.isAlias;
      exports.isCollection = identity.isCollection;
      exports.isDocument = identity.isDocument;
      exports.isMap = identity.isMap;
      exports.isNode = identity.isNode;
      exports.isPair = identity.isPair;
      exports.isScalar = identity.isScalar;
      exports.isSeq = identity.isSeq;
      exports.Pair = Pair.Pair;
      exports.Scalar = Scalar.Scalar;
      exports.YAMLMap = YAMLMap.YAMLMap;
      exports.YAMLSeq = YAMLSeq.YAMLSeq;
      exports.CST = cst;
      exports.Lexer = lexer.Lexer;
      exports.LineCounter = lineCounter.LineCounter;
      exports.Parser = parser.Parser;
      exports.parse = publicApi.parse;
      exports.parseAllDocuments = publicApi.parseAllDocuments;
      exports.parseDocument = publicApi.parseDocument;
      exports.stringify = publicApi.stringify;
      exports.visit = visit.visit;
      exports.visitAsync = visit.visitAsync;
    })
  ),
  /***/
  7249: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var node_process = __nccwpck_require__2(932);
      function debug2(logLevel, ...messages) {
        if (logLevel === "debug")
          console.log(...messages);
      }
      function warn(logLevel, warning) {
        if (logLevel === "debug" || logLevel === "warn") {
          if (typeof node_process.emitWarning === "function")
            node_process.emitWarning(warning);
          else
            console.warn(warning);
        }
      }
      exports.debug = debug2;
      exports.warn = warn;
    })
  ),
  /***/
  4065: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var anchors = __nccwpck_require__2(1596);
      var visit = __nccwpck_require__2(204);
      var identity = __nccwpck_require__2(1127);
      var Node = __nccwpck_require__2(6673);
      var toJS = __nccwpck_require__2(4043);
      class Alias extends Node.NodeBase {
        constructor(source) {
          super(identity.ALIAS);
          this.source = source;
          Object.defineProperty(this, "tag", {
            set() {
              throw new Error("Alias nodes cannot have tags");
            }
          });
        }
        /**
         * Resolve the value of this alias within `doc`, finding the last
         * instance of the `source` anchor before this node.
         */
        resolve(doc, ctx) {
          if (ctx?.maxAliasCount === 0)
            throw new ReferenceError("Alias resolution is disabled");
          let nodes;
          if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
          } else {
            nodes = [];
            visit.visit(doc, {
              Node: (_key, node) => {
                if (identity.isAlias(node) || identity.hasAnchor(node))
                  nodes.push(node);
              }
            });
            if (ctx)
              ctx.aliasResolveCache = nodes;
          }
          let found = void 0;
          for (const node of nodes) {
            if (node === this)
              break;
            if (node.anchor === this.source)
              found = node;
          }
          if (found && ctx) {
            const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
            let data = anchors2.get(found);
            if (!data) {
              toJS.toJS(found, null, ctx);
              data = anchors2.get(found);
            }
            if (data?.res === void 0) {
              const msg = "This should not happen: Alias anchor was not resolved?";
              throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
              data.count += 1;
              if (data.aliasCount === 0)
                data.aliasCount = getAliasCount(doc2, found, anchors2);
              if (data.count * data.aliasCount > maxAliasCount) {
                const msg = "Excessive alias count indicates a resource exhaustion attack";
                throw new ReferenceError(msg);
              }
            }
          }
          return found;
        }
        toJSON(_arg, ctx) {
          if (!ctx)
            return { source: this.source };
          const source = this.resolve(ctx.doc, ctx);
          if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
          }
          return ctx.anchors.get(source).res;
        }
        toString(ctx, _onComment, _onChompKeep) {
          const src = `*${this.source}`;
          if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
              const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
              throw new Error(msg);
            }
            if (ctx.implicitKey)
              return `${src} `;
          }
          return src;
        }
      }
      function getAliasCount(doc, node, anchors2) {
        if (identity.isAlias(node)) {
          const source = node.resolve(doc);
          const anchor = anchors2 && source && anchors2.get(source);
          return anchor ? anchor.count * anchor.aliasCount : 0;
        } else if (identity.isCollection(node)) {
          let count = 0;
          for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors2);
            if (c > count)
              count = c;
          }
          return count;
        } else if (identity.isPair(node)) {
          const kc = getAliasCount(doc, node.key, anchors2);
          const vc = getAliasCount(doc, node.value, anchors2);
          return Math.max(kc, vc);
        }
        return 1;
      }
      exports.Alias = Alias;
    })
  ),
  /***/
  101: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var createNode = __nccwpck_require__2(2404);
      var identity = __nccwpck_require__2(1127);
      var Node = __nccwpck_require__2(6673);
      function collectionFromPath(schema, path2, value) {
        let v = value;
        for (let i = path2.length - 1; i >= 0; --i) {
          const k = path2[i];
          if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
          } else {
            v = /* @__PURE__ */ new Map([[k, v]]);
          }
        }
        return createNode.createNode(v, void 0, {
          aliasDuplicateObjects: false,
          keepUndefined: false,
          onAnchor: () => {
            throw new Error("This should not happen, please report a bug.");
          },
          schema,
          sourceObjects: /* @__PURE__ */ new Map()
        });
      }
      const isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
      class Collection extends Node.NodeBase {
        constructor(type, schema) {
          super(type);
          Object.defineProperty(this, "schema", {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
          });
        }
        /**
         * Create a copy of this collection.
         *
         * @param schema - If defined, overwrites the original's schema
         */
        clone(schema) {
          const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
          if (schema)
            copy.schema = schema;
          copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
          if (this.range)
            copy.range = this.range.slice();
          return copy;
        }
        /**
         * Adds a value to the collection. For `!!map` and `!!omap` the value must
         * be a Pair instance or a `{ key, value }` object, which may not have a key
         * that already exists in the map.
         */
        addIn(path2, value) {
          if (isEmptyPath(path2))
            this.add(value);
          else {
            const [key, ...rest] = path2;
            const node = this.get(key, true);
            if (identity.isCollection(node))
              node.addIn(rest, value);
            else if (node === void 0 && this.schema)
              this.set(key, collectionFromPath(this.schema, rest, value));
            else
              throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
          }
        }
        /**
         * Removes a value from the collection.
         * @returns `true` if the item was found and removed.
         */
        deleteIn(path2) {
          const [key, ...rest] = path2;
          if (rest.length === 0)
            return this.delete(key);
          const node = this.get(key, true);
          if (identity.isCollection(node))
            return node.deleteIn(rest);
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
        /**
         * Returns item at `key`, or `undefined` if not found. By default unwraps
         * scalar values from their surrounding node; to disable set `keepScalar` to
         * `true` (collections are always returned intact).
         */
        getIn(path2, keepScalar) {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
          else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
        }
        hasAllNullValues(allowScalar) {
          return this.items.every((node) => {
            if (!identity.isPair(node))
              return false;
            const n = node.value;
            return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
          });
        }
        /**
         * Checks if the collection includes a value with the key `key`.
         */
        hasIn(path2) {
          const [key, ...rest] = path2;
          if (rest.length === 0)
            return this.has(key);
          const node = this.get(key, true);
          return identity.isCollection(node) ? node.hasIn(rest) : false;
        }
        /**
         * Sets a value in this collection. For `!!set`, `value` needs to be a
         * boolean to add/remove the item from the set.
         */
        setIn(path2, value) {
          const [key, ...rest] = path2;
          if (rest.length === 0) {
            this.set(key, value);
          } else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
              node.setIn(rest, value);
            else if (node === void 0 && this.schema)
              this.set(key, collectionFromPath(this.schema, rest, value));
            else
              throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
          }
        }
      }
      exports.Collection = Collection;
      exports.collectionFromPath = collectionFromPath;
      exports.isEmptyPath = isEmptyPath;
    })
  ),
  /***/
  6673: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var applyReviver = __nccwpck_require__2(3661);
      var identity = __nccwpck_require__2(1127);
      var toJS = __nccwpck_require__2(4043);
      class NodeBase {
        constructor(type) {
          Object.defineProperty(this, identity.NODE_TYPE, { value: type });
        }
        /** Create a copy of this node.  */
        clone() {
          const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
          if (this.range)
            copy.range = this.range.slice();
          return copy;
        }
        /** A plain JavaScript representation of this node. */
        toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
          if (!identity.isDocument(doc))
            throw new TypeError("A document argument is required");
          const ctx = {
            anchors: /* @__PURE__ */ new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
          };
          const res = toJS.toJS(this, "", ctx);
          if (typeof onAnchor === "function")
            for (const { count, res: res2 } of ctx.anchors.values())
              onAnchor(res2, count);
          return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
        }
      }
      exports.NodeBase = NodeBase;
    })
  ),
  /***/
  7165: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var createNode = __nccwpck_require__2(2404);
      var stringifyPair = __nccwpck_require__2(9748);
      var addPairToJSMap = __nccwpck_require__2(7104);
      var identity = __nccwpck_require__2(1127);
      function createPair(key, value, ctx) {
        const k = createNode.createNode(key, void 0, ctx);
        const v = createNode.createNode(value, void 0, ctx);
        return new Pair(k, v);
      }
      class Pair {
        constructor(key, value = null) {
          Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
          this.key = key;
          this.value = value;
        }
        clone(schema) {
          let { key, value } = this;
          if (identity.isNode(key))
            key = key.clone(schema);
          if (identity.isNode(value))
            value = value.clone(schema);
          return new Pair(key, value);
        }
        toJSON(_, ctx) {
          const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
          return addPairToJSMap.addPairToJSMap(ctx, pair, this);
        }
        toString(ctx, onComment, onChompKeep) {
          return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
        }
      }
      exports.Pair = Pair;
      exports.createPair = createPair;
    })
  ),
  /***/
  3301: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Node = __nccwpck_require__2(6673);
      var toJS = __nccwpck_require__2(4043);
      const isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
      class Scalar extends Node.NodeBase {
        constructor(value) {
          super(identity.SCALAR);
          this.value = value;
        }
        toJSON(arg, ctx) {
          return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
        }
        toString() {
          return String(this.value);
        }
      }
      Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
      Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
      Scalar.PLAIN = "PLAIN";
      Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
      Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
      exports.Scalar = Scalar;
      exports.isScalarValue = isScalarValue;
    })
  ),
  /***/
  4454: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyCollection = __nccwpck_require__2(1212);
      var addPairToJSMap = __nccwpck_require__2(7104);
      var Collection = __nccwpck_require__2(101);
      var identity = __nccwpck_require__2(1127);
      var Pair = __nccwpck_require__2(7165);
      var Scalar = __nccwpck_require__2(3301);
      function findPair(items, key) {
        const k = identity.isScalar(key) ? key.value : key;
        for (const it of items) {
          if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
              return it;
            if (identity.isScalar(it.key) && it.key.value === k)
              return it;
          }
        }
        return void 0;
      }
      class YAMLMap extends Collection.Collection {
        static get tagName() {
          return "tag:yaml.org,2002:map";
        }
        constructor(schema) {
          super(identity.MAP, schema);
          this.items = [];
        }
        /**
         * A generic collection parsing method that can be extended
         * to other node classes that inherit from YAMLMap
         */
        static from(schema, obj, ctx) {
          const { keepUndefined, replacer } = ctx;
          const map = new this(schema);
          const add = (key, value) => {
            if (typeof replacer === "function")
              value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
              return;
            if (value !== void 0 || keepUndefined)
              map.items.push(Pair.createPair(key, value, ctx));
          };
          if (obj instanceof Map) {
            for (const [key, value] of obj)
              add(key, value);
          } else if (obj && typeof obj === "object") {
            for (const key of Object.keys(obj))
              add(key, obj[key]);
          }
          if (typeof schema.sortMapEntries === "function") {
            map.items.sort(schema.sortMapEntries);
          }
          return map;
        }
        /**
         * Adds a value to the collection.
         *
         * @param overwrite - If not set `true`, using a key that is already in the
         *   collection will throw. Otherwise, overwrites the previous value.
         */
        add(pair, overwrite) {
          let _pair;
          if (identity.isPair(pair))
            _pair = pair;
          else if (!pair || typeof pair !== "object" || !("key" in pair)) {
            _pair = new Pair.Pair(pair, pair?.value);
          } else
            _pair = new Pair.Pair(pair.key, pair.value);
          const prev = findPair(this.items, _pair.key);
          const sortEntries = this.schema?.sortMapEntries;
          if (prev) {
            if (!overwrite)
              throw new Error(`Key ${_pair.key} already set`);
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
              prev.value.value = _pair.value;
            else
              prev.value = _pair.value;
          } else if (sortEntries) {
            const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
            if (i === -1)
              this.items.push(_pair);
            else
              this.items.splice(i, 0, _pair);
          } else {
            this.items.push(_pair);
          }
        }
        delete(key) {
          const it = findPair(this.items, key);
          if (!it)
            return false;
          const del = this.items.splice(this.items.indexOf(it), 1);
          return del.length > 0;
        }
        get(key, keepScalar) {
          const it = findPair(this.items, key);
          const node = it?.value;
          return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
        }
        has(key) {
          return !!findPair(this.items, key);
        }
        set(key, value) {
          this.add(new Pair.Pair(key, value), true);
        }
        /**
         * @param ctx - Conversion context, originally set in Document#toJS()
         * @param {Class} Type - If set, forces the returned collection type
         * @returns Instance of Type, Map, or Object
         */
        toJSON(_, ctx, Type) {
          const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
          if (ctx?.onCreate)
            ctx.onCreate(map);
          for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
          return map;
        }
        toString(ctx, onComment, onChompKeep) {
          if (!ctx)
            return JSON.stringify(this);
          for (const item of this.items) {
            if (!identity.isPair(item))
              throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
          }
          if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
          return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: "",
            flowChars: { start: "{", end: "}" },
            itemIndent: ctx.indent || "",
            onChompKeep,
            onComment
          });
        }
      }
      exports.YAMLMap = YAMLMap;
      exports.findPair = findPair;
    })
  ),
  /***/
  2223: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var createNode = __nccwpck_require__2(2404);
      var stringifyCollection = __nccwpck_require__2(1212);
      var Collection = __nccwpck_require__2(101);
      var identity = __nccwpck_require__2(1127);
      var Scalar = __nccwpck_require__2(3301);
      var toJS = __nccwpck_require__2(4043);
      class YAMLSeq extends Collection.Collection {
        static get tagName() {
          return "tag:yaml.org,2002:seq";
        }
        constructor(schema) {
          super(identity.SEQ, schema);
          this.items = [];
        }
        add(value) {
          this.items.push(value);
        }
        /**
         * Removes a value from the collection.
         *
         * `key` must contain a representation of an integer for this to succeed.
         * It may be wrapped in a `Scalar`.
         *
         * @returns `true` if the item was found and removed.
         */
        delete(key) {
          const idx = asItemIndex(key);
          if (typeof idx !== "number")
            return false;
          const del = this.items.splice(idx, 1);
          return del.length > 0;
        }
        get(key, keepScalar) {
          const idx = asItemIndex(key);
          if (typeof idx !== "number")
            return void 0;
          const it = this.items[idx];
          return !keepScalar && identity.isScalar(it) ? it.value : it;
        }
        /**
         * Checks if the collection includes a value with the key `key`.
         *
         * `key` must contain a representation of an integer for this to succeed.
         * It may be wrapped in a `Scalar`.
         */
        has(key) {
          const idx = asItemIndex(key);
          return typeof idx === "number" && idx < this.items.length;
        }
        /**
         * Sets a value in this collection. For `!!set`, `value` needs to be a
         * boolean to add/remove the item from the set.
         *
         * If `key` does not contain a representation of an integer, this will throw.
         * It may be wrapped in a `Scalar`.
         */
        set(key, value) {
          const idx = asItemIndex(key);
          if (typeof idx !== "number")
            throw new Error(`Expected a valid index, not ${key}.`);
          const prev = this.items[idx];
          if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
          else
            this.items[idx] = value;
        }
        toJSON(_, ctx) {
          const seq = [];
          if (ctx?.onCreate)
            ctx.onCreate(seq);
          let i = 0;
          for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
          return seq;
        }
        toString(ctx, onComment, onChompKeep) {
          if (!ctx)
            return JSON.stringify(this);
          return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: "- ",
            flowChars: { start: "[", end: "]" },
            itemIndent: (ctx.indent || "") + "  ",
            onChompKeep,
            onComment
          });
        }
        static from(schema, obj, ctx) {
          const { replacer } = ctx;
          const seq = new this(schema);
          if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
              if (typeof replacer === "function") {
                const key = obj instanceof Set ? it : String(i++);
                it = replacer.call(obj, key, it);
              }
              seq.items.push(createNode.createNode(it, void 0, ctx));
            }
          }
          return seq;
        }
      }
      function asItemIndex(key) {
        let idx = identity.isScalar(key) ? key.value : key;
        if (idx && typeof idx === "string")
          idx = Number(idx);
        return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
      }
      exports.YAMLSeq = YAMLSeq;
    })
  ),
  /***/
  7104: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var log2 = __nccwpck_require__2(7249);
      var merge = __nccwpck_require__2(452);
      var stringify = __nccwpck_require__2(2148);
      var identity = __nccwpck_require__2(1127);
      var toJS = __nccwpck_require__2(4043);
      function addPairToJSMap(ctx, map, { key, value }) {
        if (identity.isNode(key) && key.addToJSMap)
          key.addToJSMap(ctx, map, value);
        else if (merge.isMergeKey(ctx, key))
          merge.addMergeToJSMap(ctx, map, value);
        else {
          const jsKey = toJS.toJS(key, "", ctx);
          if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
          } else if (map instanceof Set) {
            map.add(jsKey);
          } else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
              Object.defineProperty(map, stringKey, {
                value: jsValue,
                writable: true,
                enumerable: true,
                configurable: true
              });
            else
              map[stringKey] = jsValue;
          }
        }
        return map;
      }
      function stringifyKey(key, jsKey, ctx) {
        if (jsKey === null)
          return "";
        if (typeof jsKey !== "object")
          return String(jsKey);
        if (identity.isNode(key) && ctx?.doc) {
          const strCtx = stringify.createStringifyContext(ctx.doc, {});
          strCtx.anchors = /* @__PURE__ */ new Set();
          for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
          strCtx.inFlow = true;
          strCtx.inStringifyKey = true;
          const strKey = key.toString(strCtx);
          if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
              jsonStr = jsonStr.substring(0, 36) + '..."';
            log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
          }
          return strKey;
        }
        return JSON.stringify(jsKey);
      }
      exports.addPairToJSMap = addPairToJSMap;
    })
  ),
  /***/
  1127: (
    /***/
    ((__unused_webpack_module, exports) => {
      const ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
      const DOC = /* @__PURE__ */ Symbol.for("yaml.document");
      const MAP = /* @__PURE__ */ Symbol.for("yaml.map");
      const PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
      const SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
      const SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
      const NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
      const isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
      const isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
      const isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
      const isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
      const isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
      const isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
      function isCollection(node) {
        if (node && typeof node === "object")
          switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
              return true;
          }
        return false;
      }
      function isNode(node) {
        if (node && typeof node === "object")
          switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
              return true;
          }
        return false;
      }
      const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
      exports.ALIAS = ALIAS;
      exports.DOC = DOC;
      exports.MAP = MAP;
      exports.NODE_TYPE = NODE_TYPE;
      exports.PAIR = PAIR;
      exports.SCALAR = SCALAR;
      exports.SEQ = SEQ;
      exports.hasAnchor = hasAnchor;
      exports.isAlias = isAlias;
      exports.isCollection = isCollection;
      exports.isDocument = isDocument;
      exports.isMap = isMap;
      exports.isNode = isNode;
      exports.isPair = isPair;
      exports.isScalar = isScalar;
      exports.isSeq = isSeq;
    })
  ),
  /***/
  4043: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      function toJS(value, arg, ctx) {
        if (Array.isArray(value))
          return value.map((v, i) => toJS(v, String(i), ctx));
        if (value && typeof value.toJSON === "function") {
          if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
          const data = { aliasCount: 0, count: 1, res: void 0 };
          ctx.anchors.set(value, data);
          ctx.onCreate = (res2) => {
            data.res = res2;
            delete ctx.onCreate;
          };
          const res = value.toJSON(arg, ctx);
          if (ctx.onCreate)
            ctx.onCreate(res);
          return res;
        }
        if (typeof value === "bigint" && !ctx?.keep)
          return Number(value);
        return value;
      }
      exports.toJS = toJS;
    })
  ),
  /***/
  110: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var resolveBlockScalar = __nccwpck_require__2(8913);
      var resolveFlowScalar = __nccwpck_require__2(6842);
      var errors = __nccwpck_require__2(1464);
      var stringifyString = __nccwpck_require__2(3069);
      function resolveAsScalar(token, strict = true, onError) {
        if (token) {
          const _onError = (pos, code, message) => {
            const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
              onError(offset, code, message);
            else
              throw new errors.YAMLParseError([offset, offset + 1], code, message);
          };
          switch (token.type) {
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar":
              return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case "block-scalar":
              return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
          }
        }
        return null;
      }
      function createScalarToken(value, context) {
        const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
        const source = stringifyString.stringifyString({ type, value }, {
          implicitKey,
          indent: indent > 0 ? " ".repeat(indent) : "",
          inFlow,
          options: { blockQuote: true, lineWidth: -1 }
        });
        const end = context.end ?? [
          { type: "newline", offset: -1, indent, source: "\n" }
        ];
        switch (source[0]) {
          case "|":
          case ">": {
            const he = source.indexOf("\n");
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + "\n";
            const props = [
              { type: "block-scalar-header", offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
              props.push({ type: "newline", offset: -1, indent, source: "\n" });
            return { type: "block-scalar", offset, indent, props, source: body };
          }
          case '"':
            return { type: "double-quoted-scalar", offset, indent, source, end };
          case "'":
            return { type: "single-quoted-scalar", offset, indent, source, end };
          default:
            return { type: "scalar", offset, indent, source, end };
        }
      }
      function setScalarValue(token, value, context = {}) {
        let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
        let indent = "indent" in token ? token.indent : null;
        if (afterKey && typeof indent === "number")
          indent += 2;
        if (!type)
          switch (token.type) {
            case "single-quoted-scalar":
              type = "QUOTE_SINGLE";
              break;
            case "double-quoted-scalar":
              type = "QUOTE_DOUBLE";
              break;
            case "block-scalar": {
              const header = token.props[0];
              if (header.type !== "block-scalar-header")
                throw new Error("Invalid block scalar header");
              type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
              break;
            }
            default:
              type = "PLAIN";
          }
        const source = stringifyString.stringifyString({ type, value }, {
          implicitKey: implicitKey || indent === null,
          indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
          inFlow,
          options: { blockQuote: true, lineWidth: -1 }
        });
        switch (source[0]) {
          case "|":
          case ">":
            setBlockScalarValue(token, source);
            break;
          case '"':
            setFlowScalarValue(token, source, "double-quoted-scalar");
            break;
          case "'":
            setFlowScalarValue(token, source, "single-quoted-scalar");
            break;
          default:
            setFlowScalarValue(token, source, "scalar");
        }
      }
      function setBlockScalarValue(token, source) {
        const he = source.indexOf("\n");
        const head = source.substring(0, he);
        const body = source.substring(he + 1) + "\n";
        if (token.type === "block-scalar") {
          const header = token.props[0];
          if (header.type !== "block-scalar-header")
            throw new Error("Invalid block scalar header");
          header.source = head;
          token.source = body;
        } else {
          const { offset } = token;
          const indent = "indent" in token ? token.indent : -1;
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: "block-scalar", indent, props, source: body });
        }
      }
      function addEndtoBlockProps(props, end) {
        if (end)
          for (const st of end)
            switch (st.type) {
              case "space":
              case "comment":
                props.push(st);
                break;
              case "newline":
                props.push(st);
                return true;
            }
        return false;
      }
      function setFlowScalarValue(token, source, type) {
        switch (token.type) {
          case "scalar":
          case "double-quoted-scalar":
          case "single-quoted-scalar":
            token.type = type;
            token.source = source;
            break;
          case "block-scalar": {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === "block-scalar-header")
              oa -= token.props[0].source.length;
            for (const tok of end)
              tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
          }
          case "block-map":
          case "block-seq": {
            const offset = token.offset + source.length;
            const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
          }
          default: {
            const indent = "indent" in token ? token.indent : -1;
            const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
            for (const key of Object.keys(token))
              if (key !== "type" && key !== "offset")
                delete token[key];
            Object.assign(token, { type, indent, source, end });
          }
        }
      }
      exports.createScalarToken = createScalarToken;
      exports.resolveAsScalar = resolveAsScalar;
      exports.setScalarValue = setScalarValue;
    })
  ),
  /***/
  1733: (
    /***/
    ((__unused_webpack_module, exports) => {
      const stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
      function stringifyToken(token) {
        switch (token.type) {
          case "block-scalar": {
            let res = "";
            for (const tok of token.props)
              res += stringifyToken(tok);
            return res + token.source;
          }
          case "block-map":
          case "block-seq": {
            let res = "";
            for (const item of token.items)
              res += stringifyItem(item);
            return res;
          }
          case "flow-collection": {
            let res = token.start.source;
            for (const item of token.items)
              res += stringifyItem(item);
            for (const st of token.end)
              res += st.source;
            return res;
          }
          case "document": {
            let res = stringifyItem(token);
            if (token.end)
              for (const st of token.end)
                res += st.source;
            return res;
          }
          default: {
            let res = token.source;
            if ("end" in token && token.end)
              for (const st of token.end)
                res += st.source;
            return res;
          }
        }
      }
      function stringifyItem({ start, key, sep, value }) {
        let res = "";
        for (const st of start)
          res += st.source;
        if (key)
          res += stringifyToken(key);
        if (sep)
          for (const st of sep)
            res += st.source;
        if (value)
          res += stringifyToken(value);
        return res;
      }
      exports.stringify = stringify;
    })
  ),
  /***/
  7715: (
    /***/
    ((__unused_webpack_module, exports) => {
      const BREAK = /* @__PURE__ */ Symbol("break visit");
      const SKIP = /* @__PURE__ */ Symbol("skip children");
      const REMOVE = /* @__PURE__ */ Symbol("remove item");
      function visit(cst, visitor) {
        if ("type" in cst && cst.type === "document")
          cst = { start: cst.start, value: cst.value };
        _visit(Object.freeze([]), cst, visitor);
      }
      visit.BREAK = BREAK;
      visit.SKIP = SKIP;
      visit.REMOVE = REMOVE;
      visit.itemAtPath = (cst, path2) => {
        let item = cst;
        for (const [field, index] of path2) {
          const tok = item?.[field];
          if (tok && "items" in tok) {
            item = tok.items[index];
          } else
            return void 0;
        }
        return item;
      };
      visit.parentCollection = (cst, path2) => {
        const parent = visit.itemAtPath(cst, path2.slice(0, -1));
        const field = path2[path2.length - 1][0];
        const coll = parent?.[field];
        if (coll && "items" in coll)
          return coll;
        throw new Error("Parent collection not found");
      };
      function _visit(path2, item, visitor) {
        let ctrl = visitor(item, path2);
        if (typeof ctrl === "symbol")
          return ctrl;
        for (const field of ["key", "value"]) {
          const token = item[field];
          if (token && "items" in token) {
            for (let i = 0; i < token.items.length; ++i) {
              const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
              if (typeof ci === "number")
                i = ci - 1;
              else if (ci === BREAK)
                return BREAK;
              else if (ci === REMOVE) {
                token.items.splice(i, 1);
                i -= 1;
              }
            }
            if (typeof ctrl === "function" && field === "key")
              ctrl = ctrl(item, path2);
          }
        }
        return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
      }
      exports.visit = visit;
    })
  ),
  /***/
  3461: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var cstScalar = __nccwpck_require__2(110);
      var cstStringify = __nccwpck_require__2(1733);
      var cstVisit = __nccwpck_require__2(7715);
      const BOM = "\uFEFF";
      const DOCUMENT = "";
      const FLOW_END = "";
      const SCALAR = "";
      const isCollection = (token) => !!token && "items" in token;
      const isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
      function prettyToken(token) {
        switch (token) {
          case BOM:
            return "<BOM>";
          case DOCUMENT:
            return "<DOC>";
          case FLOW_END:
            return "<FLOW_END>";
          case SCALAR:
            return "<SCALAR>";
          default:
            return JSON.stringify(token);
        }
      }
      function tokenType(source) {
        switch (source) {
          case BOM:
            return "byte-order-mark";
          case DOCUMENT:
            return "doc-mode";
          case FLOW_END:
            return "flow-error-end";
          case SCALAR:
            return "scalar";
          case "---":
            return "doc-start";
          case "...":
            return "doc-end";
          case "":
          case "\n":
          case "\r\n":
            return "newline";
          case "-":
            return "seq-item-ind";
          case "?":
            return "explicit-key-ind";
          case ":":
            return "map-value-ind";
          case "{":
            return "flow-map-start";
          case "}":
            return "flow-map-end";
          case "[":
            return "flow-seq-start";
          case "]":
            return "flow-seq-end";
          case ",":
            return "comma";
        }
        switch (source[0]) {
          case " ":
          case "	":
            return "space";
          case "#":
            return "comment";
          case "%":
            return "directive-line";
          case "*":
            return "alias";
          case "&":
            return "anchor";
          case "!":
            return "tag";
          case "'":
            return "single-quoted-scalar";
          case '"':
            return "double-quoted-scalar";
          case "|":
          case ">":
            return "block-scalar-header";
        }
        return null;
      }
      exports.createScalarToken = cstScalar.createScalarToken;
      exports.resolveAsScalar = cstScalar.resolveAsScalar;
      exports.setScalarValue = cstScalar.setScalarValue;
      exports.stringify = cstStringify.stringify;
      exports.visit = cstVisit.visit;
      exports.BOM = BOM;
      exports.DOCUMENT = DOCUMENT;
      exports.FLOW_END = FLOW_END;
      exports.SCALAR = SCALAR;
      exports.isCollection = isCollection;
      exports.isScalar = isScalar;
      exports.prettyToken = prettyToken;
      exports.tokenType = tokenType;
    })
  ),
  /***/
  361: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var cst = __nccwpck_require__2(3461);
      function isEmpty(ch) {
        switch (ch) {
          case void 0:
          case " ":
          case "\n":
          case "\r":
          case "	":
            return true;
          default:
            return false;
        }
      }
      const hexDigits = new Set("0123456789ABCDEFabcdef");
      const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
      const flowIndicatorChars = new Set(",[]{}");
      const invalidAnchorChars = new Set(" ,[]{}\n\r	");
      const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
      class Lexer {
        constructor() {
          this.atEnd = false;
          this.blockScalarIndent = -1;
          this.blockScalarKeep = false;
          this.buffer = "";
          this.flowKey = false;
          this.flowLevel = 0;
          this.indentNext = 0;
          this.indentValue = 0;
          this.lineEndPos = null;
          this.next = null;
          this.pos = 0;
        }
        /**
         * Generate YAML tokens from the `source` string. If `incomplete`,
         * a part of the last line may be left as a buffer for the next call.
         *
         * @returns A generator of lexical tokens
         */
        *lex(source, incomplete = false) {
          if (source) {
            if (typeof source !== "string")
              throw TypeError("source is not a string");
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
          }
          this.atEnd = !incomplete;
          let next = this.next ?? "stream";
          while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
        }
        atLineEnd() {
          let i = this.pos;
          let ch = this.buffer[i];
          while (ch === " " || ch === "	")
            ch = this.buffer[++i];
          if (!ch || ch === "#" || ch === "\n")
            return true;
          if (ch === "\r")
            return this.buffer[i + 1] === "\n";
          return false;
        }
        charAt(n) {
          return this.buffer[this.pos + n];
        }
        continueScalar(offset) {
          let ch = this.buffer[offset];
          if (this.indentNext > 0) {
            let indent = 0;
            while (ch === " ")
              ch = this.buffer[++indent + offset];
            if (ch === "\r") {
              const next = this.buffer[indent + offset + 1];
              if (next === "\n" || !next && !this.atEnd)
                return offset + indent + 1;
            }
            return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
          }
          if (ch === "-" || ch === ".") {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
              return -1;
          }
          return offset;
        }
        getLine() {
          let end = this.lineEndPos;
          if (typeof end !== "number" || end !== -1 && end < this.pos) {
            end = this.buffer.indexOf("\n", this.pos);
            this.lineEndPos = end;
          }
          if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
          if (this.buffer[end - 1] === "\r")
            end -= 1;
          return this.buffer.substring(this.pos, end);
        }
        hasChars(n) {
          return this.pos + n <= this.buffer.length;
        }
        setNext(state) {
          this.buffer = this.buffer.substring(this.pos);
          this.pos = 0;
          this.lineEndPos = null;
          this.next = state;
          return null;
        }
        peek(n) {
          return this.buffer.substr(this.pos, n);
        }
        *parseNext(next) {
          switch (next) {
            case "stream":
              return yield* this.parseStream();
            case "line-start":
              return yield* this.parseLineStart();
            case "block-start":
              return yield* this.parseBlockStart();
            case "doc":
              return yield* this.parseDocument();
            case "flow":
              return yield* this.parseFlowCollection();
            case "quoted-scalar":
              return yield* this.parseQuotedScalar();
            case "block-scalar":
              return yield* this.parseBlockScalar();
            case "plain-scalar":
              return yield* this.parsePlainScalar();
          }
        }
        *parseStream() {
          let line = this.getLine();
          if (line === null)
            return this.setNext("stream");
          if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
          }
          if (line[0] === "%") {
            let dirEnd = line.length;
            let cs = line.indexOf("#");
            while (cs !== -1) {
              const ch = line[cs - 1];
              if (ch === " " || ch === "	") {
                dirEnd = cs - 1;
                break;
              } else {
                cs = line.indexOf("#", cs + 1);
              }
            }
            while (true) {
              const ch = line[dirEnd - 1];
              if (ch === " " || ch === "	")
                dirEnd -= 1;
              else
                break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n);
            this.pushNewline();
            return "stream";
          }
          if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return "stream";
          }
          yield cst.DOCUMENT;
          return yield* this.parseLineStart();
        }
        *parseLineStart() {
          const ch = this.charAt(0);
          if (!ch && !this.atEnd)
            return this.setNext("line-start");
          if (ch === "-" || ch === ".") {
            if (!this.atEnd && !this.hasChars(4))
              return this.setNext("line-start");
            const s = this.peek(3);
            if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
              yield* this.pushCount(3);
              this.indentValue = 0;
              this.indentNext = 0;
              return s === "---" ? "doc" : "stream";
            }
          }
          this.indentValue = yield* this.pushSpaces(false);
          if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
          return yield* this.parseBlockStart();
        }
        *parseBlockStart() {
          const [ch0, ch1] = this.peek(2);
          if (!ch1 && !this.atEnd)
            return this.setNext("block-start");
          if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return "block-start";
          }
          return "doc";
        }
        *parseDocument() {
          yield* this.pushSpaces(true);
          const line = this.getLine();
          if (line === null)
            return this.setNext("doc");
          let n = yield* this.pushIndicators();
          switch (line[n]) {
            case "#":
              yield* this.pushCount(line.length - n);
            // fallthrough
            case void 0:
              yield* this.pushNewline();
              return yield* this.parseLineStart();
            case "{":
            case "[":
              yield* this.pushCount(1);
              this.flowKey = false;
              this.flowLevel = 1;
              return "flow";
            case "}":
            case "]":
              yield* this.pushCount(1);
              return "doc";
            case "*":
              yield* this.pushUntil(isNotAnchorChar);
              return "doc";
            case '"':
            case "'":
              return yield* this.parseQuotedScalar();
            case "|":
            case ">":
              n += yield* this.parseBlockScalarHeader();
              n += yield* this.pushSpaces(true);
              yield* this.pushCount(line.length - n);
              yield* this.pushNewline();
              return yield* this.parseBlockScalar();
            default:
              return yield* this.parsePlainScalar();
          }
        }
        *parseFlowCollection() {
          let nl, sp;
          let indent = -1;
          do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
              sp = yield* this.pushSpaces(false);
              this.indentValue = indent = sp;
            } else {
              sp = 0;
            }
            sp += yield* this.pushSpaces(true);
          } while (nl + sp > 0);
          const line = this.getLine();
          if (line === null)
            return this.setNext("flow");
          if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
            const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
            if (!atFlowEndMarker) {
              this.flowLevel = 0;
              yield cst.FLOW_END;
              return yield* this.parseLineStart();
            }
          }
          let n = 0;
          while (line[n] === ",") {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
          }
          n += yield* this.pushIndicators();
          switch (line[n]) {
            case void 0:
              return "flow";
            case "#":
              yield* this.pushCount(line.length - n);
              return "flow";
            case "{":
            case "[":
              yield* this.pushCount(1);
              this.flowKey = false;
              this.flowLevel += 1;
              return "flow";
            case "}":
            case "]":
              yield* this.pushCount(1);
              this.flowKey = true;
              this.flowLevel -= 1;
              return this.flowLevel ? "flow" : "doc";
            case "*":
              yield* this.pushUntil(isNotAnchorChar);
              return "flow";
            case '"':
            case "'":
              this.flowKey = true;
              return yield* this.parseQuotedScalar();
            case ":": {
              const next = this.charAt(1);
              if (this.flowKey || isEmpty(next) || next === ",") {
                this.flowKey = false;
                yield* this.pushCount(1);
                yield* this.pushSpaces(true);
                return "flow";
              }
            }
            // fallthrough
            default:
              this.flowKey = false;
              return yield* this.parsePlainScalar();
          }
        }
        *parseQuotedScalar() {
          const quote = this.charAt(0);
          let end = this.buffer.indexOf(quote, this.pos + 1);
          if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
              end = this.buffer.indexOf("'", end + 2);
          } else {
            while (end !== -1) {
              let n = 0;
              while (this.buffer[end - 1 - n] === "\\")
                n += 1;
              if (n % 2 === 0)
                break;
              end = this.buffer.indexOf('"', end + 1);
            }
          }
          const qb = this.buffer.substring(0, end);
          let nl = qb.indexOf("\n", this.pos);
          if (nl !== -1) {
            while (nl !== -1) {
              const cs = this.continueScalar(nl + 1);
              if (cs === -1)
                break;
              nl = qb.indexOf("\n", cs);
            }
            if (nl !== -1) {
              end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
            }
          }
          if (end === -1) {
            if (!this.atEnd)
              return this.setNext("quoted-scalar");
            end = this.buffer.length;
          }
          yield* this.pushToIndex(end + 1, false);
          return this.flowLevel ? "flow" : "doc";
        }
        *parseBlockScalarHeader() {
          this.blockScalarIndent = -1;
          this.blockScalarKeep = false;
          let i = this.pos;
          while (true) {
            const ch = this.buffer[++i];
            if (ch === "+")
              this.blockScalarKeep = true;
            else if (ch > "0" && ch <= "9")
              this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== "-")
              break;
          }
          return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
        }
        *parseBlockScalar() {
          let nl = this.pos - 1;
          let indent = 0;
          let ch;
          loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
            switch (ch) {
              case " ":
                indent += 1;
                break;
              case "\n":
                nl = i2;
                indent = 0;
                break;
              case "\r": {
                const next = this.buffer[i2 + 1];
                if (!next && !this.atEnd)
                  return this.setNext("block-scalar");
                if (next === "\n")
                  break;
              }
              // fallthrough
              default:
                break loop;
            }
          }
          if (!ch && !this.atEnd)
            return this.setNext("block-scalar");
          if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
              this.indentNext = indent;
            else {
              this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
              const cs = this.continueScalar(nl + 1);
              if (cs === -1)
                break;
              nl = this.buffer.indexOf("\n", cs);
            } while (nl !== -1);
            if (nl === -1) {
              if (!this.atEnd)
                return this.setNext("block-scalar");
              nl = this.buffer.length;
            }
          }
          let i = nl + 1;
          ch = this.buffer[i];
          while (ch === " ")
            ch = this.buffer[++i];
          if (ch === "	") {
            while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
              ch = this.buffer[++i];
            nl = i - 1;
          } else if (!this.blockScalarKeep) {
            do {
              let i2 = nl - 1;
              let ch2 = this.buffer[i2];
              if (ch2 === "\r")
                ch2 = this.buffer[--i2];
              const lastChar = i2;
              while (ch2 === " ")
                ch2 = this.buffer[--i2];
              if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
                nl = i2;
              else
                break;
            } while (true);
          }
          yield cst.SCALAR;
          yield* this.pushToIndex(nl + 1, true);
          return yield* this.parseLineStart();
        }
        *parsePlainScalar() {
          const inFlow = this.flowLevel > 0;
          let end = this.pos - 1;
          let i = this.pos - 1;
          let ch;
          while (ch = this.buffer[++i]) {
            if (ch === ":") {
              const next = this.buffer[i + 1];
              if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
                break;
              end = i;
            } else if (isEmpty(ch)) {
              let next = this.buffer[i + 1];
              if (ch === "\r") {
                if (next === "\n") {
                  i += 1;
                  ch = "\n";
                  next = this.buffer[i + 1];
                } else
                  end = i;
              }
              if (next === "#" || inFlow && flowIndicatorChars.has(next))
                break;
              if (ch === "\n") {
                const cs = this.continueScalar(i + 1);
                if (cs === -1)
                  break;
                i = Math.max(i, cs - 2);
              }
            } else {
              if (inFlow && flowIndicatorChars.has(ch))
                break;
              end = i;
            }
          }
          if (!ch && !this.atEnd)
            return this.setNext("plain-scalar");
          yield cst.SCALAR;
          yield* this.pushToIndex(end + 1, true);
          return inFlow ? "flow" : "doc";
        }
        *pushCount(n) {
          if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
          }
          return 0;
        }
        *pushToIndex(i, allowEmpty) {
          const s = this.buffer.slice(this.pos, i);
          if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
          } else if (allowEmpty)
            yield "";
          return 0;
        }
        *pushIndicators() {
          let n = 0;
          loop: while (true) {
            switch (this.charAt(0)) {
              case "!":
                n += yield* this.pushTag();
                n += yield* this.pushSpaces(true);
                continue loop;
              case "&":
                n += yield* this.pushUntil(isNotAnchorChar);
                n += yield* this.pushSpaces(true);
                continue loop;
              case "-":
              // this is an error
              case "?":
              // this is an error outside flow collections
              case ":": {
                const inFlow = this.flowLevel > 0;
                const ch1 = this.charAt(1);
                if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                  if (!inFlow)
                    this.indentNext = this.indentValue + 1;
                  else if (this.flowKey)
                    this.flowKey = false;
                  n += yield* this.pushCount(1);
                  n += yield* this.pushSpaces(true);
                  continue loop;
                }
              }
            }
            break loop;
          }
          return n;
        }
        *pushTag() {
          if (this.charAt(1) === "<") {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== ">")
              ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
          } else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
              if (tagChars.has(ch))
                ch = this.buffer[++i];
              else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
                ch = this.buffer[i += 3];
              } else
                break;
            }
            return yield* this.pushToIndex(i, false);
          }
        }
        *pushNewline() {
          const ch = this.buffer[this.pos];
          if (ch === "\n")
            return yield* this.pushCount(1);
          else if (ch === "\r" && this.charAt(1) === "\n")
            return yield* this.pushCount(2);
          else
            return 0;
        }
        *pushSpaces(allowTabs) {
          let i = this.pos - 1;
          let ch;
          do {
            ch = this.buffer[++i];
          } while (ch === " " || allowTabs && ch === "	");
          const n = i - this.pos;
          if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
          }
          return n;
        }
        *pushUntil(test) {
          let i = this.pos;
          let ch = this.buffer[i];
          while (!test(ch))
            ch = this.buffer[++i];
          return yield* this.pushToIndex(i, false);
        }
      }
      exports.Lexer = Lexer;
    })
  ),
  /***/
  6628: (
    /***/
    ((__unused_webpack_module, exports) => {
      class LineCounter {
        constructor() {
          this.lineStarts = [];
          this.addNewLine = (offset) => this.lineStarts.push(offset);
          this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
              const mid = low + high >> 1;
              if (this.lineStarts[mid] < offset)
                low = mid + 1;
              else
                high = mid;
            }
            if (this.lineStarts[low] === offset)
              return { line: low + 1, col: 1 };
            if (low === 0)
              return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
          };
        }
      }
      exports.LineCounter = LineCounter;
    })
  ),
  /***/
  3456: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var node_process = __nccwpck_require__2(932);
      var cst = __nccwpck_require__2(3461);
      var lexer = __nccwpck_require__2(361);
      function includesToken(list, type) {
        for (let i = 0; i < list.length; ++i)
          if (list[i].type === type)
            return true;
        return false;
      }
      function findNonEmptyIndex(list) {
        for (let i = 0; i < list.length; ++i) {
          switch (list[i].type) {
            case "space":
            case "comment":
            case "newline":
              break;
            default:
              return i;
          }
        }
        return -1;
      }
      function isFlowToken(token) {
        switch (token?.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
          case "flow-collection":
            return true;
          default:
            return false;
        }
      }
      function getPrevProps(parent) {
        switch (parent.type) {
          case "document":
            return parent.start;
          case "block-map": {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
          }
          case "block-seq":
            return parent.items[parent.items.length - 1].start;
          /* istanbul ignore next should not happen */
          default:
            return [];
        }
      }
      function getFirstKeyStartProps(prev) {
        if (prev.length === 0)
          return [];
        let i = prev.length;
        loop: while (--i >= 0) {
          switch (prev[i].type) {
            case "doc-start":
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
            case "newline":
              break loop;
          }
        }
        while (prev[++i]?.type === "space") {
        }
        return prev.splice(i, prev.length);
      }
      function arrayPushArray(target, source) {
        if (source.length < 1e5)
          Array.prototype.push.apply(target, source);
        else
          for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
      }
      function fixFlowSeqItems(fc) {
        if (fc.start.type === "flow-seq-start") {
          for (const it of fc.items) {
            if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
              if (it.key)
                it.value = it.key;
              delete it.key;
              if (isFlowToken(it.value)) {
                if (it.value.end)
                  arrayPushArray(it.value.end, it.sep);
                else
                  it.value.end = it.sep;
              } else
                arrayPushArray(it.start, it.sep);
              delete it.sep;
            }
          }
        }
      }
      class Parser {
        /**
         * @param onNewLine - If defined, called separately with the start position of
         *   each new line (in `parse()`, including the start of input).
         */
        constructor(onNewLine) {
          this.atNewLine = true;
          this.atScalar = false;
          this.indent = 0;
          this.offset = 0;
          this.onKeyLine = false;
          this.stack = [];
          this.source = "";
          this.type = "";
          this.lexer = new lexer.Lexer();
          this.onNewLine = onNewLine;
        }
        /**
         * Parse `source` as a YAML stream.
         * If `incomplete`, a part of the last line may be left as a buffer for the next call.
         *
         * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
         *
         * @returns A generator of tokens representing each directive, document, and other structure.
         */
        *parse(source, incomplete = false) {
          if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
          for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
          if (!incomplete)
            yield* this.end();
        }
        /**
         * Advance the parser by the `source` of one lexical token.
         */
        *next(source) {
          this.source = source;
          if (node_process.env.LOG_TOKENS)
            console.log("|", cst.prettyToken(source));
          if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
          }
          const type = cst.tokenType(source);
          if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: "error", offset: this.offset, message, source });
            this.offset += source.length;
          } else if (type === "scalar") {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = "scalar";
          } else {
            this.type = type;
            yield* this.step();
            switch (type) {
              case "newline":
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine)
                  this.onNewLine(this.offset + source.length);
                break;
              case "space":
                if (this.atNewLine && source[0] === " ")
                  this.indent += source.length;
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                if (this.atNewLine)
                  this.indent += source.length;
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = false;
            }
            this.offset += source.length;
          }
        }
        /** Call at end of input to push out any remaining constructions */
        *end() {
          while (this.stack.length > 0)
            yield* this.pop();
        }
        get sourceToken() {
          const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
          };
          return st;
        }
        *step() {
          const top = this.peek(1);
          if (this.type === "doc-end" && top?.type !== "doc-end") {
            while (this.stack.length > 0)
              yield* this.pop();
            this.stack.push({
              type: "doc-end",
              offset: this.offset,
              source: this.source
            });
            return;
          }
          if (!top)
            return yield* this.stream();
          switch (top.type) {
            case "document":
              return yield* this.document(top);
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar":
              return yield* this.scalar(top);
            case "block-scalar":
              return yield* this.blockScalar(top);
            case "block-map":
              return yield* this.blockMap(top);
            case "block-seq":
              return yield* this.blockSequence(top);
            case "flow-collection":
              return yield* this.flowCollection(top);
            case "doc-end":
              return yield* this.documentEnd(top);
          }
          yield* this.pop();
        }
        peek(n) {
          return this.stack[this.stack.length - n];
        }
        *pop(error) {
          const token = error ?? this.stack.pop();
          if (!token) {
            const message = "Tried to pop an empty stack";
            yield { type: "error", offset: this.offset, source: "", message };
          } else if (this.stack.length === 0) {
            yield token;
          } else {
            const top = this.peek(1);
            if (token.type === "block-scalar") {
              token.indent = "indent" in top ? top.indent : 0;
            } else if (token.type === "flow-collection" && top.type === "document") {
              token.indent = 0;
            }
            if (token.type === "flow-collection")
              fixFlowSeqItems(token);
            switch (top.type) {
              case "document":
                top.value = token;
                break;
              case "block-scalar":
                top.props.push(token);
                break;
              case "block-map": {
                const it = top.items[top.items.length - 1];
                if (it.value) {
                  top.items.push({ start: [], key: token, sep: [] });
                  this.onKeyLine = true;
                  return;
                } else if (it.sep) {
                  it.value = token;
                } else {
                  Object.assign(it, { key: token, sep: [] });
                  this.onKeyLine = !it.explicitKey;
                  return;
                }
                break;
              }
              case "block-seq": {
                const it = top.items[top.items.length - 1];
                if (it.value)
                  top.items.push({ start: [], value: token });
                else
                  it.value = token;
                break;
              }
              case "flow-collection": {
                const it = top.items[top.items.length - 1];
                if (!it || it.value)
                  top.items.push({ start: [], key: token, sep: [] });
                else if (it.sep)
                  it.value = token;
                else
                  Object.assign(it, { key: token, sep: [] });
                return;
              }
              /* istanbul ignore next should not happen */
              default:
                yield* this.pop();
                yield* this.pop(token);
            }
            if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
              const last = token.items[token.items.length - 1];
              if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
                if (top.type === "document")
                  top.end = last.start;
                else
                  top.items.push({ start: last.start });
                token.items.splice(-1, 1);
              }
            }
          }
        }
        *stream() {
          switch (this.type) {
            case "directive-line":
              yield { type: "directive", offset: this.offset, source: this.source };
              return;
            case "byte-order-mark":
            case "space":
            case "comment":
            case "newline":
              yield this.sourceToken;
              return;
            case "doc-mode":
            case "doc-start": {
              const doc = {
                type: "document",
                offset: this.offset,
                start: []
              };
              if (this.type === "doc-start")
                doc.start.push(this.sourceToken);
              this.stack.push(doc);
              return;
            }
          }
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
          };
        }
        *document(doc) {
          if (doc.value)
            return yield* this.lineEnd(doc);
          switch (this.type) {
            case "doc-start": {
              if (findNonEmptyIndex(doc.start) !== -1) {
                yield* this.pop();
                yield* this.step();
              } else
                doc.start.push(this.sourceToken);
              return;
            }
            case "anchor":
            case "tag":
            case "space":
            case "comment":
            case "newline":
              doc.start.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(doc);
          if (bv)
            this.stack.push(bv);
          else {
            yield {
              type: "error",
              offset: this.offset,
              message: `Unexpected ${this.type} token in YAML document`,
              source: this.source
            };
          }
        }
        *scalar(scalar) {
          if (this.type === "map-value-ind") {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
              sep = scalar.end;
              sep.push(this.sourceToken);
              delete scalar.end;
            } else
              sep = [this.sourceToken];
            const map = {
              type: "block-map",
              offset: scalar.offset,
              indent: scalar.indent,
              items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(scalar);
        }
        *blockScalar(scalar) {
          switch (this.type) {
            case "space":
            case "comment":
            case "newline":
              scalar.props.push(this.sourceToken);
              return;
            case "scalar":
              scalar.source = this.source;
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine) {
                let nl = this.source.indexOf("\n") + 1;
                while (nl !== 0) {
                  this.onNewLine(this.offset + nl);
                  nl = this.source.indexOf("\n", nl) + 1;
                }
              }
              yield* this.pop();
              break;
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.step();
          }
        }
        *blockMap(map) {
          const it = map.items[map.items.length - 1];
          switch (this.type) {
            case "newline":
              this.onKeyLine = false;
              if (it.value) {
                const end = "end" in it.value ? it.value.end : void 0;
                const last = Array.isArray(end) ? end[end.length - 1] : void 0;
                if (last?.type === "comment")
                  end?.push(this.sourceToken);
                else
                  map.items.push({ start: [this.sourceToken] });
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "space":
            case "comment":
              if (it.value) {
                map.items.push({ start: [this.sourceToken] });
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                if (this.atIndentedComment(it.start, map.indent)) {
                  const prev = map.items[map.items.length - 2];
                  const end = prev?.value?.end;
                  if (Array.isArray(end)) {
                    arrayPushArray(end, it.start);
                    end.push(this.sourceToken);
                    map.items.pop();
                    return;
                  }
                }
                it.start.push(this.sourceToken);
              }
              return;
          }
          if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
            let start = [];
            if (atNextItem && it.sep && !it.value) {
              const nl = [];
              for (let i = 0; i < it.sep.length; ++i) {
                const st = it.sep[i];
                switch (st.type) {
                  case "newline":
                    nl.push(i);
                    break;
                  case "space":
                    break;
                  case "comment":
                    if (st.indent > map.indent)
                      nl.length = 0;
                    break;
                  default:
                    nl.length = 0;
                }
              }
              if (nl.length >= 2)
                start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
              case "anchor":
              case "tag":
                if (atNextItem || it.value) {
                  start.push(this.sourceToken);
                  map.items.push({ start });
                  this.onKeyLine = true;
                } else if (it.sep) {
                  it.sep.push(this.sourceToken);
                } else {
                  it.start.push(this.sourceToken);
                }
                return;
              case "explicit-key-ind":
                if (!it.sep && !it.explicitKey) {
                  it.start.push(this.sourceToken);
                  it.explicitKey = true;
                } else if (atNextItem || it.value) {
                  start.push(this.sourceToken);
                  map.items.push({ start, explicitKey: true });
                } else {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken], explicitKey: true }]
                  });
                }
                this.onKeyLine = true;
                return;
              case "map-value-ind":
                if (it.explicitKey) {
                  if (!it.sep) {
                    if (includesToken(it.start, "newline")) {
                      Object.assign(it, { key: null, sep: [this.sourceToken] });
                    } else {
                      const start2 = getFirstKeyStartProps(it.start);
                      this.stack.push({
                        type: "block-map",
                        offset: this.offset,
                        indent: this.indent,
                        items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                      });
                    }
                  } else if (it.value) {
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  } else if (includesToken(it.sep, "map-value-ind")) {
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    const start2 = getFirstKeyStartProps(it.start);
                    const key = it.key;
                    const sep = it.sep;
                    sep.push(this.sourceToken);
                    delete it.key;
                    delete it.sep;
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep }]
                    });
                  } else if (start.length > 0) {
                    it.sep = it.sep.concat(start, this.sourceToken);
                  } else {
                    it.sep.push(this.sourceToken);
                  }
                } else {
                  if (!it.sep) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else if (it.value || atNextItem) {
                    map.items.push({ start, key: null, sep: [this.sourceToken] });
                  } else if (includesToken(it.sep, "map-value-ind")) {
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: [], key: null, sep: [this.sourceToken] }]
                    });
                  } else {
                    it.sep.push(this.sourceToken);
                  }
                }
                this.onKeyLine = true;
                return;
              case "alias":
              case "scalar":
              case "single-quoted-scalar":
              case "double-quoted-scalar": {
                const fs2 = this.flowScalar(this.type);
                if (atNextItem || it.value) {
                  map.items.push({ start, key: fs2, sep: [] });
                  this.onKeyLine = true;
                } else if (it.sep) {
                  this.stack.push(fs2);
                } else {
                  Object.assign(it, { key: fs2, sep: [] });
                  this.onKeyLine = true;
                }
                return;
              }
              default: {
                const bv = this.startBlockValue(map);
                if (bv) {
                  if (bv.type === "block-seq") {
                    if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                      yield* this.pop({
                        type: "error",
                        offset: this.offset,
                        message: "Unexpected block-seq-ind on same line with key",
                        source: this.source
                      });
                      return;
                    }
                  } else if (atMapIndent) {
                    map.items.push({ start });
                  }
                  this.stack.push(bv);
                  return;
                }
              }
            }
          }
          yield* this.pop();
          yield* this.step();
        }
        *blockSequence(seq) {
          const it = seq.items[seq.items.length - 1];
          switch (this.type) {
            case "newline":
              if (it.value) {
                const end = "end" in it.value ? it.value.end : void 0;
                const last = Array.isArray(end) ? end[end.length - 1] : void 0;
                if (last?.type === "comment")
                  end?.push(this.sourceToken);
                else
                  seq.items.push({ start: [this.sourceToken] });
              } else
                it.start.push(this.sourceToken);
              return;
            case "space":
            case "comment":
              if (it.value)
                seq.items.push({ start: [this.sourceToken] });
              else {
                if (this.atIndentedComment(it.start, seq.indent)) {
                  const prev = seq.items[seq.items.length - 2];
                  const end = prev?.value?.end;
                  if (Array.isArray(end)) {
                    arrayPushArray(end, it.start);
                    end.push(this.sourceToken);
                    seq.items.pop();
                    return;
                  }
                }
                it.start.push(this.sourceToken);
              }
              return;
            case "anchor":
            case "tag":
              if (it.value || this.indent <= seq.indent)
                break;
              it.start.push(this.sourceToken);
              return;
            case "seq-item-ind":
              if (this.indent !== seq.indent)
                break;
              if (it.value || includesToken(it.start, "seq-item-ind"))
                seq.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
          }
          if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
              this.stack.push(bv);
              return;
            }
          }
          yield* this.pop();
          yield* this.step();
        }
        *flowCollection(fc) {
          const it = fc.items[fc.items.length - 1];
          if (this.type === "flow-error-end") {
            let top;
            do {
              yield* this.pop();
              top = this.peek(1);
            } while (top?.type === "flow-collection");
          } else if (fc.end.length === 0) {
            switch (this.type) {
              case "comma":
              case "explicit-key-ind":
                if (!it || it.sep)
                  fc.items.push({ start: [this.sourceToken] });
                else
                  it.start.push(this.sourceToken);
                return;
              case "map-value-ind":
                if (!it || it.value)
                  fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                else if (it.sep)
                  it.sep.push(this.sourceToken);
                else
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                return;
              case "space":
              case "comment":
              case "newline":
              case "anchor":
              case "tag":
                if (!it || it.value)
                  fc.items.push({ start: [this.sourceToken] });
                else if (it.sep)
                  it.sep.push(this.sourceToken);
                else
                  it.start.push(this.sourceToken);
                return;
              case "alias":
              case "scalar":
              case "single-quoted-scalar":
              case "double-quoted-scalar": {
                const fs2 = this.flowScalar(this.type);
                if (!it || it.value)
                  fc.items.push({ start: [], key: fs2, sep: [] });
                else if (it.sep)
                  this.stack.push(fs2);
                else
                  Object.assign(it, { key: fs2, sep: [] });
                return;
              }
              case "flow-map-end":
              case "flow-seq-end":
                fc.end.push(this.sourceToken);
                return;
            }
            const bv = this.startBlockValue(fc);
            if (bv)
              this.stack.push(bv);
            else {
              yield* this.pop();
              yield* this.step();
            }
          } else {
            const parent = this.peek(2);
            if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
              yield* this.pop();
              yield* this.step();
            } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
              const prev = getPrevProps(parent);
              const start = getFirstKeyStartProps(prev);
              fixFlowSeqItems(fc);
              const sep = fc.end.splice(1, fc.end.length);
              sep.push(this.sourceToken);
              const map = {
                type: "block-map",
                offset: fc.offset,
                indent: fc.indent,
                items: [{ start, key: fc, sep }]
              };
              this.onKeyLine = true;
              this.stack[this.stack.length - 1] = map;
            } else {
              yield* this.lineEnd(fc);
            }
          }
        }
        flowScalar(type) {
          if (this.onNewLine) {
            let nl = this.source.indexOf("\n") + 1;
            while (nl !== 0) {
              this.onNewLine(this.offset + nl);
              nl = this.source.indexOf("\n", nl) + 1;
            }
          }
          return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
          };
        }
        startBlockValue(parent) {
          switch (this.type) {
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar":
              return this.flowScalar(this.type);
            case "block-scalar-header":
              return {
                type: "block-scalar",
                offset: this.offset,
                indent: this.indent,
                props: [this.sourceToken],
                source: ""
              };
            case "flow-map-start":
            case "flow-seq-start":
              return {
                type: "flow-collection",
                offset: this.offset,
                indent: this.indent,
                start: this.sourceToken,
                items: [],
                end: []
              };
            case "seq-item-ind":
              return {
                type: "block-seq",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken] }]
              };
            case "explicit-key-ind": {
              this.onKeyLine = true;
              const prev = getPrevProps(parent);
              const start = getFirstKeyStartProps(prev);
              start.push(this.sourceToken);
              return {
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, explicitKey: true }]
              };
            }
            case "map-value-ind": {
              this.onKeyLine = true;
              const prev = getPrevProps(parent);
              const start = getFirstKeyStartProps(prev);
              return {
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start, key: null, sep: [this.sourceToken] }]
              };
            }
          }
          return null;
        }
        atIndentedComment(start, indent) {
          if (this.type !== "comment")
            return false;
          if (this.indent <= indent)
            return false;
          return start.every((st) => st.type === "newline" || st.type === "space");
        }
        *documentEnd(docEnd) {
          if (this.type !== "doc-mode") {
            if (docEnd.end)
              docEnd.end.push(this.sourceToken);
            else
              docEnd.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
          }
        }
        *lineEnd(token) {
          switch (this.type) {
            case "comma":
            case "doc-start":
            case "doc-end":
            case "flow-seq-end":
            case "flow-map-end":
            case "map-value-ind":
              yield* this.pop();
              yield* this.step();
              break;
            case "newline":
              this.onKeyLine = false;
            // fallthrough
            case "space":
            case "comment":
            default:
              if (token.end)
                token.end.push(this.sourceToken);
              else
                token.end = [this.sourceToken];
              if (this.type === "newline")
                yield* this.pop();
          }
        }
      }
      exports.Parser = Parser;
    })
  ),
  /***/
  4047: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var composer = __nccwpck_require__2(9984);
      var Document = __nccwpck_require__2(3021);
      var errors = __nccwpck_require__2(1464);
      var log2 = __nccwpck_require__2(7249);
      var identity = __nccwpck_require__2(1127);
      var lineCounter = __nccwpck_require__2(6628);
      var parser = __nccwpck_require__2(3456);
      function parseOptions(options) {
        const prettyErrors = options.prettyErrors !== false;
        const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
        return { lineCounter: lineCounter$1, prettyErrors };
      }
      function parseAllDocuments(source, options = {}) {
        const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
        const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
        const composer$1 = new composer.Composer(options);
        const docs = Array.from(composer$1.compose(parser$1.parse(source)));
        if (prettyErrors && lineCounter2)
          for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter2));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
          }
        if (docs.length > 0)
          return docs;
        return Object.assign([], { empty: true }, composer$1.streamInfo());
      }
      function parseDocument(source, options = {}) {
        const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
        const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
        const composer$1 = new composer.Composer(options);
        let doc = null;
        for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
          if (!doc)
            doc = _doc;
          else if (doc.options.logLevel !== "silent") {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
            break;
          }
        }
        if (prettyErrors && lineCounter2) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
        return doc;
      }
      function parse2(src, reviver, options) {
        let _reviver = void 0;
        if (typeof reviver === "function") {
          _reviver = reviver;
        } else if (options === void 0 && reviver && typeof reviver === "object") {
          options = reviver;
        }
        const doc = parseDocument(src, options);
        if (!doc)
          return null;
        doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
        if (doc.errors.length > 0) {
          if (doc.options.logLevel !== "silent")
            throw doc.errors[0];
          else
            doc.errors = [];
        }
        return doc.toJS(Object.assign({ reviver: _reviver }, options));
      }
      function stringify(value, replacer, options) {
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
        }
        if (typeof options === "string")
          options = options.length;
        if (typeof options === "number") {
          const indent = Math.round(options);
          options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
        }
        if (value === void 0) {
          const { keepUndefined } = options ?? replacer ?? {};
          if (!keepUndefined)
            return void 0;
        }
        if (identity.isDocument(value) && !_replacer)
          return value.toString(options);
        return new Document.Document(value, _replacer, options).toString(options);
      }
      exports.parse = parse2;
      exports.parseAllDocuments = parseAllDocuments;
      exports.parseDocument = parseDocument;
      exports.stringify = stringify;
    })
  ),
  /***/
  5840: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var map = __nccwpck_require__2(7451);
      var seq = __nccwpck_require__2(1706);
      var string = __nccwpck_require__2(6464);
      var tags = __nccwpck_require__2(18);
      const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      class Schema {
        constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
          this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
          this.name = typeof schema === "string" && schema || "core";
          this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
          this.tags = tags.getTags(customTags, this.name, merge);
          this.toStringOptions = toStringDefaults ?? null;
          Object.defineProperty(this, identity.MAP, { value: map.map });
          Object.defineProperty(this, identity.SCALAR, { value: string.string });
          Object.defineProperty(this, identity.SEQ, { value: seq.seq });
          this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
        }
        clone() {
          const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
          copy.tags = this.tags.slice();
          return copy;
        }
      }
      exports.Schema = Schema;
    })
  ),
  /***/
  7451: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var YAMLMap = __nccwpck_require__2(4454);
      const map = {
        collection: "map",
        default: true,
        nodeClass: YAMLMap.YAMLMap,
        tag: "tag:yaml.org,2002:map",
        resolve(map2, onError) {
          if (!identity.isMap(map2))
            onError("Expected a mapping for this tag");
          return map2;
        },
        createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
      };
      exports.map = map;
    })
  ),
  /***/
  3632: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      const nullTag = {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^(?:~|[Nn]ull|NULL)?$/,
        resolve: () => new Scalar.Scalar(null),
        stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
      };
      exports.nullTag = nullTag;
    })
  ),
  /***/
  1706: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var YAMLSeq = __nccwpck_require__2(2223);
      const seq = {
        collection: "seq",
        default: true,
        nodeClass: YAMLSeq.YAMLSeq,
        tag: "tag:yaml.org,2002:seq",
        resolve(seq2, onError) {
          if (!identity.isSeq(seq2))
            onError("Expected a sequence for this tag");
          return seq2;
        },
        createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
      };
      exports.seq = seq;
    })
  ),
  /***/
  6464: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyString = __nccwpck_require__2(3069);
      const string = {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify(item, ctx, onComment, onChompKeep) {
          ctx = Object.assign({ actualString: true }, ctx);
          return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
        }
      };
      exports.string = string;
    })
  ),
  /***/
  3959: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      const boolTag = {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
        resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
        stringify({ source, value }, ctx) {
          if (source && boolTag.test.test(source)) {
            const sv = source[0] === "t" || source[0] === "T";
            if (value === sv)
              return source;
          }
          return value ? ctx.options.trueStr : ctx.options.falseStr;
        }
      };
      exports.boolTag = boolTag;
    })
  ),
  /***/
  8405: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      var stringifyNumber = __nccwpck_require__2(8689);
      const floatNaN = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
        stringify: stringifyNumber.stringifyNumber
      };
      const floatExp = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        format: "EXP",
        test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
        resolve: (str) => parseFloat(str),
        stringify(node) {
          const num = Number(node.value);
          return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
        }
      };
      const float = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
        resolve(str) {
          const node = new Scalar.Scalar(parseFloat(str));
          const dot = str.indexOf(".");
          if (dot !== -1 && str[str.length - 1] === "0")
            node.minFractionDigits = str.length - dot - 1;
          return node;
        },
        stringify: stringifyNumber.stringifyNumber
      };
      exports.float = float;
      exports.floatExp = floatExp;
      exports.floatNaN = floatNaN;
    })
  ),
  /***/
  9874: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyNumber = __nccwpck_require__2(8689);
      const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
      const intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
      function intStringify(node, radix, prefix) {
        const { value } = node;
        if (intIdentify(value) && value >= 0)
          return prefix + value.toString(radix);
        return stringifyNumber.stringifyNumber(node);
      }
      const intOct = {
        identify: (value) => intIdentify(value) && value >= 0,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "OCT",
        test: /^0o[0-7]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
        stringify: (node) => intStringify(node, 8, "0o")
      };
      const int = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^[-+]?[0-9]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
        stringify: stringifyNumber.stringifyNumber
      };
      const intHex = {
        identify: (value) => intIdentify(value) && value >= 0,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "HEX",
        test: /^0x[0-9a-fA-F]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
        stringify: (node) => intStringify(node, 16, "0x")
      };
      exports.int = int;
      exports.intHex = intHex;
      exports.intOct = intOct;
    })
  ),
  /***/
  896: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var map = __nccwpck_require__2(7451);
      var _null = __nccwpck_require__2(3632);
      var seq = __nccwpck_require__2(1706);
      var string = __nccwpck_require__2(6464);
      var bool = __nccwpck_require__2(3959);
      var float = __nccwpck_require__2(8405);
      var int = __nccwpck_require__2(9874);
      const schema = [
        map.map,
        seq.seq,
        string.string,
        _null.nullTag,
        bool.boolTag,
        int.intOct,
        int.int,
        int.intHex,
        float.floatNaN,
        float.floatExp,
        float.float
      ];
      exports.schema = schema;
    })
  ),
  /***/
  3559: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      var map = __nccwpck_require__2(7451);
      var seq = __nccwpck_require__2(1706);
      function intIdentify(value) {
        return typeof value === "bigint" || Number.isInteger(value);
      }
      const stringifyJSON = ({ value }) => JSON.stringify(value);
      const jsonScalars = [
        {
          identify: (value) => typeof value === "string",
          default: true,
          tag: "tag:yaml.org,2002:str",
          resolve: (str) => str,
          stringify: stringifyJSON
        },
        {
          identify: (value) => value == null,
          createNode: () => new Scalar.Scalar(null),
          default: true,
          tag: "tag:yaml.org,2002:null",
          test: /^null$/,
          resolve: () => null,
          stringify: stringifyJSON
        },
        {
          identify: (value) => typeof value === "boolean",
          default: true,
          tag: "tag:yaml.org,2002:bool",
          test: /^true$|^false$/,
          resolve: (str) => str === "true",
          stringify: stringifyJSON
        },
        {
          identify: intIdentify,
          default: true,
          tag: "tag:yaml.org,2002:int",
          test: /^-?(?:0|[1-9][0-9]*)$/,
          resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
          stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
        },
        {
          identify: (value) => typeof value === "number",
          default: true,
          tag: "tag:yaml.org,2002:float",
          test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
          resolve: (str) => parseFloat(str),
          stringify: stringifyJSON
        }
      ];
      const jsonError = {
        default: true,
        tag: "",
        test: /^/,
        resolve(str, onError) {
          onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
          return str;
        }
      };
      const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
      exports.schema = schema;
    })
  ),
  /***/
  18: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var map = __nccwpck_require__2(7451);
      var _null = __nccwpck_require__2(3632);
      var seq = __nccwpck_require__2(1706);
      var string = __nccwpck_require__2(6464);
      var bool = __nccwpck_require__2(3959);
      var float = __nccwpck_require__2(8405);
      var int = __nccwpck_require__2(9874);
      var schema = __nccwpck_require__2(896);
      var schema$1 = __nccwpck_require__2(3559);
      var binary = __nccwpck_require__2(6083);
      var merge = __nccwpck_require__2(452);
      var omap = __nccwpck_require__2(303);
      var pairs = __nccwpck_require__2(8385);
      var schema$2 = __nccwpck_require__2(5913);
      var set = __nccwpck_require__2(1528);
      var timestamp = __nccwpck_require__2(6752);
      const schemas = /* @__PURE__ */ new Map([
        ["core", schema.schema],
        ["failsafe", [map.map, seq.seq, string.string]],
        ["json", schema$1.schema],
        ["yaml11", schema$2.schema],
        ["yaml-1.1", schema$2.schema]
      ]);
      const tagsByName = {
        binary: binary.binary,
        bool: bool.boolTag,
        float: float.float,
        floatExp: float.floatExp,
        floatNaN: float.floatNaN,
        floatTime: timestamp.floatTime,
        int: int.int,
        intHex: int.intHex,
        intOct: int.intOct,
        intTime: timestamp.intTime,
        map: map.map,
        merge: merge.merge,
        null: _null.nullTag,
        omap: omap.omap,
        pairs: pairs.pairs,
        seq: seq.seq,
        set: set.set,
        timestamp: timestamp.timestamp
      };
      const coreKnownTags = {
        "tag:yaml.org,2002:binary": binary.binary,
        "tag:yaml.org,2002:merge": merge.merge,
        "tag:yaml.org,2002:omap": omap.omap,
        "tag:yaml.org,2002:pairs": pairs.pairs,
        "tag:yaml.org,2002:set": set.set,
        "tag:yaml.org,2002:timestamp": timestamp.timestamp
      };
      function getTags(customTags, schemaName, addMergeTag) {
        const schemaTags = schemas.get(schemaName);
        if (schemaTags && !customTags) {
          return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
        }
        let tags = schemaTags;
        if (!tags) {
          if (Array.isArray(customTags))
            tags = [];
          else {
            const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
          }
        }
        if (Array.isArray(customTags)) {
          for (const tag of customTags)
            tags = tags.concat(tag);
        } else if (typeof customTags === "function") {
          tags = customTags(tags.slice());
        }
        if (addMergeTag)
          tags = tags.concat(merge.merge);
        return tags.reduce((tags2, tag) => {
          const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
          if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
          }
          if (!tags2.includes(tagObj))
            tags2.push(tagObj);
          return tags2;
        }, []);
      }
      exports.coreKnownTags = coreKnownTags;
      exports.getTags = getTags;
    })
  ),
  /***/
  6083: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var node_buffer = __nccwpck_require__2(181);
      var Scalar = __nccwpck_require__2(3301);
      var stringifyString = __nccwpck_require__2(3069);
      const binary = {
        identify: (value) => value instanceof Uint8Array,
        // Buffer inherits from Uint8Array
        default: false,
        tag: "tag:yaml.org,2002:binary",
        /**
         * Returns a Buffer in node and an Uint8Array in browsers
         *
         * To use the resulting buffer as an image, you'll want to do something like:
         *
         *   const blob = new Blob([buffer], { type: 'image/jpeg' })
         *   document.querySelector('#photo').src = URL.createObjectURL(blob)
         */
        resolve(src, onError) {
          if (typeof node_buffer.Buffer === "function") {
            return node_buffer.Buffer.from(src, "base64");
          } else if (typeof atob === "function") {
            const str = atob(src.replace(/[\n\r]/g, ""));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
              buffer[i] = str.charCodeAt(i);
            return buffer;
          } else {
            onError("This environment does not support reading binary tags; either Buffer or atob is required");
            return src;
          }
        },
        stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
          if (!value)
            return "";
          const buf = value;
          let str;
          if (typeof node_buffer.Buffer === "function") {
            str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
          } else if (typeof btoa === "function") {
            let s = "";
            for (let i = 0; i < buf.length; ++i)
              s += String.fromCharCode(buf[i]);
            str = btoa(s);
          } else {
            throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
          }
          type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
          if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
              lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
          }
          return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
        }
      };
      exports.binary = binary;
    })
  ),
  /***/
  8398: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      function boolStringify({ value, source }, ctx) {
        const boolObj = value ? trueTag : falseTag;
        if (source && boolObj.test.test(source))
          return source;
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
      const trueTag = {
        identify: (value) => value === true,
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
        resolve: () => new Scalar.Scalar(true),
        stringify: boolStringify
      };
      const falseTag = {
        identify: (value) => value === false,
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
        resolve: () => new Scalar.Scalar(false),
        stringify: boolStringify
      };
      exports.falseTag = falseTag;
      exports.trueTag = trueTag;
    })
  ),
  /***/
  5782: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      var stringifyNumber = __nccwpck_require__2(8689);
      const floatNaN = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
        stringify: stringifyNumber.stringifyNumber
      };
      const floatExp = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        format: "EXP",
        test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
        resolve: (str) => parseFloat(str.replace(/_/g, "")),
        stringify(node) {
          const num = Number(node.value);
          return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
        }
      };
      const float = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
        resolve(str) {
          const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
          const dot = str.indexOf(".");
          if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, "");
            if (f[f.length - 1] === "0")
              node.minFractionDigits = f.length;
          }
          return node;
        },
        stringify: stringifyNumber.stringifyNumber
      };
      exports.float = float;
      exports.floatExp = floatExp;
      exports.floatNaN = floatNaN;
    })
  ),
  /***/
  873: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyNumber = __nccwpck_require__2(8689);
      const intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
      function intResolve(str, offset, radix, { intAsBigInt }) {
        const sign = str[0];
        if (sign === "-" || sign === "+")
          offset += 1;
        str = str.substring(offset).replace(/_/g, "");
        if (intAsBigInt) {
          switch (radix) {
            case 2:
              str = `0b${str}`;
              break;
            case 8:
              str = `0o${str}`;
              break;
            case 16:
              str = `0x${str}`;
              break;
          }
          const n2 = BigInt(str);
          return sign === "-" ? BigInt(-1) * n2 : n2;
        }
        const n = parseInt(str, radix);
        return sign === "-" ? -1 * n : n;
      }
      function intStringify(node, radix, prefix) {
        const { value } = node;
        if (intIdentify(value)) {
          const str = value.toString(radix);
          return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
        }
        return stringifyNumber.stringifyNumber(node);
      }
      const intBin = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "BIN",
        test: /^[-+]?0b[0-1_]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
        stringify: (node) => intStringify(node, 2, "0b")
      };
      const intOct = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "OCT",
        test: /^[-+]?0[0-7_]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
        stringify: (node) => intStringify(node, 8, "0")
      };
      const int = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^[-+]?[0-9][0-9_]*$/,
        resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
        stringify: stringifyNumber.stringifyNumber
      };
      const intHex = {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "HEX",
        test: /^[-+]?0x[0-9a-fA-F_]+$/,
        resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
        stringify: (node) => intStringify(node, 16, "0x")
      };
      exports.int = int;
      exports.intBin = intBin;
      exports.intHex = intHex;
      exports.intOct = intOct;
    })
  ),
  /***/
  452: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Scalar = __nccwpck_require__2(3301);
      const MERGE_KEY = "<<";
      const merge = {
        identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
        default: "key",
        tag: "tag:yaml.org,2002:merge",
        test: /^<<$/,
        resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
          addToJSMap: addMergeToJSMap
        }),
        stringify: () => MERGE_KEY
      };
      const isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
      function addMergeToJSMap(ctx, map, value) {
        const source = resolveAliasValue(ctx, value);
        if (identity.isSeq(source))
          for (const it of source.items)
            mergeValue(ctx, map, it);
        else if (Array.isArray(source))
          for (const it of source)
            mergeValue(ctx, map, it);
        else
          mergeValue(ctx, map, source);
      }
      function mergeValue(ctx, map, value) {
        const source = resolveAliasValue(ctx, value);
        if (!identity.isMap(source))
          throw new Error("Merge sources must be maps or map aliases");
        const srcMap = source.toJSON(null, ctx, Map);
        for (const [key, value2] of srcMap) {
          if (map instanceof Map) {
            if (!map.has(key))
              map.set(key, value2);
          } else if (map instanceof Set) {
            map.add(key);
          } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
              value: value2,
              writable: true,
              enumerable: true,
              configurable: true
            });
          }
        }
        return map;
      }
      function resolveAliasValue(ctx, value) {
        return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
      }
      exports.addMergeToJSMap = addMergeToJSMap;
      exports.isMergeKey = isMergeKey;
      exports.merge = merge;
    })
  ),
  /***/
  303: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var toJS = __nccwpck_require__2(4043);
      var YAMLMap = __nccwpck_require__2(4454);
      var YAMLSeq = __nccwpck_require__2(2223);
      var pairs = __nccwpck_require__2(8385);
      class YAMLOMap extends YAMLSeq.YAMLSeq {
        constructor() {
          super();
          this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
          this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
          this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
          this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
          this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
          this.tag = YAMLOMap.tag;
        }
        /**
         * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
         * but TypeScript won't allow widening the signature of a child method.
         */
        toJSON(_, ctx) {
          if (!ctx)
            return super.toJSON(_);
          const map = /* @__PURE__ */ new Map();
          if (ctx?.onCreate)
            ctx.onCreate(map);
          for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
              key = toJS.toJS(pair.key, "", ctx);
              value = toJS.toJS(pair.value, key, ctx);
            } else {
              key = toJS.toJS(pair, "", ctx);
            }
            if (map.has(key))
              throw new Error("Ordered maps must not include duplicate keys");
            map.set(key, value);
          }
          return map;
        }
        static from(schema, iterable, ctx) {
          const pairs$1 = pairs.createPairs(schema, iterable, ctx);
          const omap2 = new this();
          omap2.items = pairs$1.items;
          return omap2;
        }
      }
      YAMLOMap.tag = "tag:yaml.org,2002:omap";
      const omap = {
        collection: "seq",
        identify: (value) => value instanceof Map,
        nodeClass: YAMLOMap,
        default: false,
        tag: "tag:yaml.org,2002:omap",
        resolve(seq, onError) {
          const pairs$1 = pairs.resolvePairs(seq, onError);
          const seenKeys = [];
          for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
              if (seenKeys.includes(key.value)) {
                onError(`Ordered maps must not include duplicate keys: ${key.value}`);
              } else {
                seenKeys.push(key.value);
              }
            }
          }
          return Object.assign(new YAMLOMap(), pairs$1);
        },
        createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
      };
      exports.YAMLOMap = YAMLOMap;
      exports.omap = omap;
    })
  ),
  /***/
  8385: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Pair = __nccwpck_require__2(7165);
      var Scalar = __nccwpck_require__2(3301);
      var YAMLSeq = __nccwpck_require__2(2223);
      function resolvePairs(seq, onError) {
        if (identity.isSeq(seq)) {
          for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
              continue;
            else if (identity.isMap(item)) {
              if (item.items.length > 1)
                onError("Each pair must have its own sequence indicator");
              const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore)
                pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
              if (item.comment) {
                const cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        } else
          onError("Expected a sequence for this tag");
        return seq;
      }
      function createPairs(schema, iterable, ctx) {
        const { replacer } = ctx;
        const pairs2 = new YAMLSeq.YAMLSeq(schema);
        pairs2.tag = "tag:yaml.org,2002:pairs";
        let i = 0;
        if (iterable && Symbol.iterator in Object(iterable))
          for (let it of iterable) {
            if (typeof replacer === "function")
              it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
              if (it.length === 2) {
                key = it[0];
                value = it[1];
              } else
                throw new TypeError(`Expected [key, value] tuple: ${it}`);
            } else if (it && it instanceof Object) {
              const keys = Object.keys(it);
              if (keys.length === 1) {
                key = keys[0];
                value = it[key];
              } else {
                throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
              }
            } else {
              key = it;
            }
            pairs2.items.push(Pair.createPair(key, value, ctx));
          }
        return pairs2;
      }
      const pairs = {
        collection: "seq",
        default: false,
        tag: "tag:yaml.org,2002:pairs",
        resolve: resolvePairs,
        createNode: createPairs
      };
      exports.createPairs = createPairs;
      exports.pairs = pairs;
      exports.resolvePairs = resolvePairs;
    })
  ),
  /***/
  5913: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var map = __nccwpck_require__2(7451);
      var _null = __nccwpck_require__2(3632);
      var seq = __nccwpck_require__2(1706);
      var string = __nccwpck_require__2(6464);
      var binary = __nccwpck_require__2(6083);
      var bool = __nccwpck_require__2(8398);
      var float = __nccwpck_require__2(5782);
      var int = __nccwpck_require__2(873);
      var merge = __nccwpck_require__2(452);
      var omap = __nccwpck_require__2(303);
      var pairs = __nccwpck_require__2(8385);
      var set = __nccwpck_require__2(1528);
      var timestamp = __nccwpck_require__2(6752);
      const schema = [
        map.map,
        seq.seq,
        string.string,
        _null.nullTag,
        bool.trueTag,
        bool.falseTag,
        int.intBin,
        int.intOct,
        int.int,
        int.intHex,
        float.floatNaN,
        float.floatExp,
        float.float,
        binary.binary,
        merge.merge,
        omap.omap,
        pairs.pairs,
        set.set,
        timestamp.intTime,
        timestamp.floatTime,
        timestamp.timestamp
      ];
      exports.schema = schema;
    })
  ),
  /***/
  1528: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Pair = __nccwpck_require__2(7165);
      var YAMLMap = __nccwpck_require__2(4454);
      class YAMLSet extends YAMLMap.YAMLMap {
        constructor(schema) {
          super(schema);
          this.tag = YAMLSet.tag;
        }
        add(key) {
          let pair;
          if (identity.isPair(key))
            pair = key;
          else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
            pair = new Pair.Pair(key.key, null);
          else
            pair = new Pair.Pair(key, null);
          const prev = YAMLMap.findPair(this.items, pair.key);
          if (!prev)
            this.items.push(pair);
        }
        /**
         * If `keepPair` is `true`, returns the Pair matching `key`.
         * Otherwise, returns the value of that Pair's key.
         */
        get(key, keepPair) {
          const pair = YAMLMap.findPair(this.items, key);
          return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
        }
        set(key, value) {
          if (typeof value !== "boolean")
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
          const prev = YAMLMap.findPair(this.items, key);
          if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
          } else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
          }
        }
        toJSON(_, ctx) {
          return super.toJSON(_, ctx, Set);
        }
        toString(ctx, onComment, onChompKeep) {
          if (!ctx)
            return JSON.stringify(this);
          if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
          else
            throw new Error("Set items must all have null values");
        }
        static from(schema, iterable, ctx) {
          const { replacer } = ctx;
          const set2 = new this(schema);
          if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
              if (typeof replacer === "function")
                value = replacer.call(iterable, value, value);
              set2.items.push(Pair.createPair(value, null, ctx));
            }
          return set2;
        }
      }
      YAMLSet.tag = "tag:yaml.org,2002:set";
      const set = {
        collection: "map",
        identify: (value) => value instanceof Set,
        nodeClass: YAMLSet,
        default: false,
        tag: "tag:yaml.org,2002:set",
        createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
        resolve(map, onError) {
          if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
              return Object.assign(new YAMLSet(), map);
            else
              onError("Set items must all have null values");
          } else
            onError("Expected a mapping for this tag");
          return map;
        }
      };
      exports.YAMLSet = YAMLSet;
      exports.set = set;
    })
  ),
  /***/
  6752: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var stringifyNumber = __nccwpck_require__2(8689);
      function parseSexagesimal(str, asBigInt) {
        const sign = str[0];
        const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
        const num = (n) => asBigInt ? BigInt(n) : Number(n);
        const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
        return sign === "-" ? num(-1) * res : res;
      }
      function stringifySexagesimal(node) {
        let { value } = node;
        let num = (n) => n;
        if (typeof value === "bigint")
          num = (n) => BigInt(n);
        else if (isNaN(value) || !isFinite(value))
          return stringifyNumber.stringifyNumber(node);
        let sign = "";
        if (value < 0) {
          sign = "-";
          value *= num(-1);
        }
        const _60 = num(60);
        const parts = [value % _60];
        if (value < 60) {
          parts.unshift(0);
        } else {
          value = (value - parts[0]) / _60;
          parts.unshift(value % _60);
          if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value);
          }
        }
        return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
      }
      const intTime = {
        identify: (value) => typeof value === "bigint" || Number.isInteger(value),
        default: true,
        tag: "tag:yaml.org,2002:int",
        format: "TIME",
        test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
        resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
        stringify: stringifySexagesimal
      };
      const floatTime = {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        format: "TIME",
        test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
        resolve: (str) => parseSexagesimal(str, false),
        stringify: stringifySexagesimal
      };
      const timestamp = {
        identify: (value) => value instanceof Date,
        default: true,
        tag: "tag:yaml.org,2002:timestamp",
        // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
        // may be omitted altogether, resulting in a date format. In such a case, the time part is
        // assumed to be 00:00:00Z (start of day, UTC).
        test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
        resolve(str) {
          const match = str.match(timestamp.test);
          if (!match)
            throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
          const [, year, month, day, hour, minute, second] = match.map(Number);
          const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
          let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
          const tz = match[8];
          if (tz && tz !== "Z") {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
              d *= 60;
            date -= 6e4 * d;
          }
          return new Date(date);
        },
        stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
      };
      exports.floatTime = floatTime;
      exports.intTime = intTime;
      exports.timestamp = timestamp;
    })
  ),
  /***/
  4475: (
    /***/
    ((__unused_webpack_module, exports) => {
      const FOLD_FLOW = "flow";
      const FOLD_BLOCK = "block";
      const FOLD_QUOTED = "quoted";
      function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
        if (!lineWidth || lineWidth < 0)
          return text2;
        if (lineWidth < minContentWidth)
          minContentWidth = 0;
        const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
        if (text2.length <= endStep)
          return text2;
        const folds = [];
        const escapedFolds = {};
        let end = lineWidth - indent.length;
        if (typeof indentAtStart === "number") {
          if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
          else
            end = lineWidth - indentAtStart;
        }
        let split = void 0;
        let prev = void 0;
        let overflow = false;
        let i = -1;
        let escStart = -1;
        let escEnd = -1;
        if (mode === FOLD_BLOCK) {
          i = consumeMoreIndentedLines(text2, i, indent.length);
          if (i !== -1)
            end = i + endStep;
        }
        for (let ch; ch = text2[i += 1]; ) {
          if (mode === FOLD_QUOTED && ch === "\\") {
            escStart = i;
            switch (text2[i + 1]) {
              case "x":
                i += 3;
                break;
              case "u":
                i += 5;
                break;
              case "U":
                i += 9;
                break;
              default:
                i += 1;
            }
            escEnd = i;
          }
          if (ch === "\n") {
            if (mode === FOLD_BLOCK)
              i = consumeMoreIndentedLines(text2, i, indent.length);
            end = i + indent.length + endStep;
            split = void 0;
          } else {
            if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
              const next = text2[i + 1];
              if (next && next !== " " && next !== "\n" && next !== "	")
                split = i;
            }
            if (i >= end) {
              if (split) {
                folds.push(split);
                end = split + endStep;
                split = void 0;
              } else if (mode === FOLD_QUOTED) {
                while (prev === " " || prev === "	") {
                  prev = ch;
                  ch = text2[i += 1];
                  overflow = true;
                }
                const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                if (escapedFolds[j])
                  return text2;
                folds.push(j);
                escapedFolds[j] = true;
                end = j + endStep;
                split = void 0;
              } else {
                overflow = true;
              }
            }
          }
          prev = ch;
        }
        if (overflow && onOverflow)
          onOverflow();
        if (folds.length === 0)
          return text2;
        if (onFold)
          onFold();
        let res = text2.slice(0, folds[0]);
        for (let i2 = 0; i2 < folds.length; ++i2) {
          const fold = folds[i2];
          const end2 = folds[i2 + 1] || text2.length;
          if (fold === 0)
            res = `
${indent}${text2.slice(0, end2)}`;
          else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
              res += `${text2[fold]}\\`;
            res += `
${indent}${text2.slice(fold + 1, end2)}`;
          }
        }
        return res;
      }
      function consumeMoreIndentedLines(text2, i, indent) {
        let end = i;
        let start = i + 1;
        let ch = text2[start];
        while (ch === " " || ch === "	") {
          if (i < start + indent) {
            ch = text2[++i];
          } else {
            do {
              ch = text2[++i];
            } while (ch && ch !== "\n");
            end = i;
            start = i + 1;
            ch = text2[start];
          }
        }
        return end;
      }
      exports.FOLD_BLOCK = FOLD_BLOCK;
      exports.FOLD_FLOW = FOLD_FLOW;
      exports.FOLD_QUOTED = FOLD_QUOTED;
      exports.foldFlowLines = foldFlowLines;
    })
  ),
  /***/
  2148: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var anchors = __nccwpck_require__2(1596);
      var identity = __nccwpck_require__2(1127);
      var stringifyComment = __nccwpck_require__2(9799);
      var stringifyString = __nccwpck_require__2(3069);
      function createStringifyContext(doc, options) {
        const opt = Object.assign({
          blockQuote: true,
          commentString: stringifyComment.stringifyComment,
          defaultKeyType: null,
          defaultStringType: "PLAIN",
          directives: null,
          doubleQuotedAsJSON: false,
          doubleQuotedMinMultiLineLength: 40,
          falseStr: "false",
          flowCollectionPadding: true,
          indentSeq: true,
          lineWidth: 80,
          minContentWidth: 20,
          nullStr: "null",
          simpleKeys: false,
          singleQuote: null,
          trailingComma: false,
          trueStr: "true",
          verifyAliasOrder: true
        }, doc.schema.toStringOptions, options);
        let inFlow;
        switch (opt.collectionStyle) {
          case "block":
            inFlow = false;
            break;
          case "flow":
            inFlow = true;
            break;
          default:
            inFlow = null;
        }
        return {
          anchors: /* @__PURE__ */ new Set(),
          doc,
          flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
          indent: "",
          indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
          inFlow,
          options: opt
        };
      }
      function getTagObject(tags, item) {
        if (item.tag) {
          const match = tags.filter((t) => t.tag === item.tag);
          if (match.length > 0)
            return match.find((t) => t.format === item.format) ?? match[0];
        }
        let tagObj = void 0;
        let obj;
        if (identity.isScalar(item)) {
          obj = item.value;
          let match = tags.filter((t) => t.identify?.(obj));
          if (match.length > 1) {
            const testMatch = match.filter((t) => t.test);
            if (testMatch.length > 0)
              match = testMatch;
          }
          tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
        } else {
          obj = item;
          tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
        }
        if (!tagObj) {
          const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
          throw new Error(`Tag not resolved for ${name} value`);
        }
        return tagObj;
      }
      function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
        if (!doc.directives)
          return "";
        const props = [];
        const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
        if (anchor && anchors.anchorIsValid(anchor)) {
          anchors$1.add(anchor);
          props.push(`&${anchor}`);
        }
        const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
        if (tag)
          props.push(doc.directives.tagString(tag));
        return props.join(" ");
      }
      function stringify(item, ctx, onComment, onChompKeep) {
        if (identity.isPair(item))
          return item.toString(ctx, onComment, onChompKeep);
        if (identity.isAlias(item)) {
          if (ctx.doc.directives)
            return item.toString(ctx);
          if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
          } else {
            if (ctx.resolvedAliases)
              ctx.resolvedAliases.add(item);
            else
              ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
            item = item.resolve(ctx.doc);
          }
        }
        let tagObj = void 0;
        const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
        tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
        const props = stringifyProps(node, tagObj, ctx);
        if (props.length > 0)
          ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
        const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
        if (!props)
          return str;
        return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
      }
      exports.createStringifyContext = createStringifyContext;
      exports.stringify = stringify;
    })
  ),
  /***/
  1212: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var stringify = __nccwpck_require__2(2148);
      var stringifyComment = __nccwpck_require__2(9799);
      function stringifyCollection(collection, ctx, options) {
        const flow = ctx.inFlow ?? collection.flow;
        const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
        return stringify2(collection, ctx, options);
      }
      function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
        const { indent, options: { commentString } } = ctx;
        const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
        let chompKeep = false;
        const lines = [];
        for (let i = 0; i < items.length; ++i) {
          const item = items[i];
          let comment2 = null;
          if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
              comment2 = item.comment;
          } else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
              if (!chompKeep && ik.spaceBefore)
                lines.push("");
              addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
          }
          chompKeep = false;
          let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
          if (comment2)
            str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
          if (chompKeep && comment2)
            chompKeep = false;
          lines.push(blockItemPrefix + str2);
        }
        let str;
        if (lines.length === 0) {
          str = flowChars.start + flowChars.end;
        } else {
          str = lines[0];
          for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `
${indent}${line}` : "\n";
          }
        }
        if (comment) {
          str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
          if (onComment)
            onComment();
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
        const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
        itemIndent += indentStep;
        const itemCtx = Object.assign({}, ctx, {
          indent: itemIndent,
          inFlow: true,
          type: null
        });
        let reqNewline = false;
        let linesAtValue = 0;
        const lines = [];
        for (let i = 0; i < items.length; ++i) {
          const item = items[i];
          let comment = null;
          if (identity.isNode(item)) {
            if (item.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
              comment = item.comment;
          } else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
              if (ik.spaceBefore)
                lines.push("");
              addCommentBefore(ctx, lines, ik.commentBefore, false);
              if (ik.comment)
                reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
              if (iv.comment)
                comment = iv.comment;
              if (iv.commentBefore)
                reqNewline = true;
            } else if (item.value == null && ik?.comment) {
              comment = ik.comment;
            }
          }
          if (comment)
            reqNewline = true;
          let str = stringify.stringify(item, itemCtx, () => comment = null);
          reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
          if (i < items.length - 1) {
            str += ",";
          } else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
              reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
            }
            if (reqNewline) {
              str += ",";
            }
          }
          if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
          lines.push(str);
          linesAtValue = lines.length;
        }
        const { start, end } = flowChars;
        if (lines.length === 0) {
          return start + end;
        } else {
          if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
          }
          if (reqNewline) {
            let str = start;
            for (const line of lines)
              str += line ? `
${indentStep}${indent}${line}` : "\n";
            return `${str}
${indent}${end}`;
          } else {
            return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
          }
        }
      }
      function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
        if (comment && chompKeep)
          comment = comment.replace(/^\n+/, "");
        if (comment) {
          const ic = stringifyComment.indentComment(commentString(comment), indent);
          lines.push(ic.trimStart());
        }
      }
      exports.stringifyCollection = stringifyCollection;
    })
  ),
  /***/
  9799: (
    /***/
    ((__unused_webpack_module, exports) => {
      const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
      function indentComment(comment, indent) {
        if (/^\n+$/.test(comment))
          return comment.substring(1);
        return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
      }
      const lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
      exports.indentComment = indentComment;
      exports.lineComment = lineComment;
      exports.stringifyComment = stringifyComment;
    })
  ),
  /***/
  6829: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var stringify = __nccwpck_require__2(2148);
      var stringifyComment = __nccwpck_require__2(9799);
      function stringifyDocument(doc, options) {
        const lines = [];
        let hasDirectives = options.directives === true;
        if (options.directives !== false && doc.directives) {
          const dir = doc.directives.toString(doc);
          if (dir) {
            lines.push(dir);
            hasDirectives = true;
          } else if (doc.directives.docStart)
            hasDirectives = true;
        }
        if (hasDirectives)
          lines.push("---");
        const ctx = stringify.createStringifyContext(doc, options);
        const { commentString } = ctx.options;
        if (doc.commentBefore) {
          if (lines.length !== 1)
            lines.unshift("");
          const cs = commentString(doc.commentBefore);
          lines.unshift(stringifyComment.indentComment(cs, ""));
        }
        let chompKeep = false;
        let contentComment = null;
        if (doc.contents) {
          if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
              lines.push("");
            if (doc.contents.commentBefore) {
              const cs = commentString(doc.contents.commentBefore);
              lines.push(stringifyComment.indentComment(cs, ""));
            }
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
          }
          const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
          let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
          if (contentComment)
            body += stringifyComment.lineComment(body, "", commentString(contentComment));
          if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
            lines[lines.length - 1] = `--- ${body}`;
          } else
            lines.push(body);
        } else {
          lines.push(stringify.stringify(doc.contents, ctx));
        }
        if (doc.directives?.docEnd) {
          if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes("\n")) {
              lines.push("...");
              lines.push(stringifyComment.indentComment(cs, ""));
            } else {
              lines.push(`... ${cs}`);
            }
          } else {
            lines.push("...");
          }
        } else {
          let dc = doc.comment;
          if (dc && chompKeep)
            dc = dc.replace(/^\n+/, "");
          if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
              lines.push("");
            lines.push(stringifyComment.indentComment(commentString(dc), ""));
          }
        }
        return lines.join("\n") + "\n";
      }
      exports.stringifyDocument = stringifyDocument;
    })
  ),
  /***/
  8689: (
    /***/
    ((__unused_webpack_module, exports) => {
      function stringifyNumber({ format, minFractionDigits, tag, value }) {
        if (typeof value === "bigint")
          return String(value);
        const num = typeof value === "number" ? value : Number(value);
        if (!isFinite(num))
          return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
        let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
        if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
          let i = n.indexOf(".");
          if (i < 0) {
            i = n.length;
            n += ".";
          }
          let d = minFractionDigits - (n.length - i - 1);
          while (d-- > 0)
            n += "0";
        }
        return n;
      }
      exports.stringifyNumber = stringifyNumber;
    })
  ),
  /***/
  9748: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      var Scalar = __nccwpck_require__2(3301);
      var stringify = __nccwpck_require__2(2148);
      var stringifyComment = __nccwpck_require__2(9799);
      function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
        const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
        let keyComment = identity.isNode(key) && key.comment || null;
        if (simpleKeys) {
          if (keyComment) {
            throw new Error("With simple keys, key nodes cannot have comments");
          }
          if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
            const msg = "With simple keys, collection cannot be used as a key value";
            throw new Error(msg);
          }
        }
        let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
        ctx = Object.assign({}, ctx, {
          allNullValues: false,
          implicitKey: !explicitKey && (simpleKeys || !allNullValues),
          indent: indent + indentStep
        });
        let keyCommentDone = false;
        let chompKeep = false;
        let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
        if (!explicitKey && !ctx.inFlow && str.length > 1024) {
          if (simpleKeys)
            throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
          explicitKey = true;
        }
        if (ctx.inFlow) {
          if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
              onComment();
            return str === "" ? "?" : explicitKey ? `? ${str}` : str;
          }
        } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
          str = `? ${str}`;
          if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
          } else if (chompKeep && onChompKeep)
            onChompKeep();
          return str;
        }
        if (keyCommentDone)
          keyComment = null;
        if (explicitKey) {
          if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
          str = `? ${str}
${indent}:`;
        } else {
          str = `${str}:`;
          if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        let vsb, vcb, valueComment;
        if (identity.isNode(value)) {
          vsb = !!value.spaceBefore;
          vcb = value.commentBefore;
          valueComment = value.comment;
        } else {
          vsb = false;
          vcb = null;
          valueComment = null;
          if (value && typeof value === "object")
            value = doc.createNode(value);
        }
        ctx.implicitKey = false;
        if (!explicitKey && !keyComment && identity.isScalar(value))
          ctx.indentAtStart = str.length + 1;
        chompKeep = false;
        if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
          ctx.indent = ctx.indent.substring(2);
        }
        let valueCommentDone = false;
        const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
        let ws = " ";
        if (keyComment || vsb || vcb) {
          ws = vsb ? "\n" : "";
          if (vcb) {
            const cs = commentString(vcb);
            ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
          }
          if (valueStr === "" && !ctx.inFlow) {
            if (ws === "\n" && valueComment)
              ws = "\n\n";
          } else {
            ws += `
${ctx.indent}`;
          }
        } else if (!explicitKey && identity.isCollection(value)) {
          const vs0 = valueStr[0];
          const nl0 = valueStr.indexOf("\n");
          const hasNewline = nl0 !== -1;
          const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
          if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === "&" || vs0 === "!")) {
              let sp0 = valueStr.indexOf(" ");
              if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
                sp0 = valueStr.indexOf(" ", sp0 + 1);
              }
              if (sp0 === -1 || nl0 < sp0)
                hasPropsLine = true;
            }
            if (!hasPropsLine)
              ws = `
${ctx.indent}`;
          }
        } else if (valueStr === "" || valueStr[0] === "\n") {
          ws = "";
        }
        str += ws + valueStr;
        if (ctx.inFlow) {
          if (valueCommentDone && onComment)
            onComment();
        } else if (valueComment && !valueCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
        } else if (chompKeep && onChompKeep) {
          onChompKeep();
        }
        return str;
      }
      exports.stringifyPair = stringifyPair;
    })
  ),
  /***/
  3069: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var Scalar = __nccwpck_require__2(3301);
      var foldFlowLines = __nccwpck_require__2(4475);
      const getFoldOptions = (ctx, isBlock) => ({
        indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
        lineWidth: ctx.options.lineWidth,
        minContentWidth: ctx.options.minContentWidth
      });
      const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
      function lineLengthOverLimit(str, lineWidth, indentLength) {
        if (!lineWidth || lineWidth < 0)
          return false;
        const limit = lineWidth - indentLength;
        const strLen = str.length;
        if (strLen <= limit)
          return false;
        for (let i = 0, start = 0; i < strLen; ++i) {
          if (str[i] === "\n") {
            if (i - start > limit)
              return true;
            start = i + 1;
            if (strLen - start <= limit)
              return false;
          }
        }
        return true;
      }
      function doubleQuotedString(value, ctx) {
        const json = JSON.stringify(value);
        if (ctx.options.doubleQuotedAsJSON)
          return json;
        const { implicitKey } = ctx;
        const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
        const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
        let str = "";
        let start = 0;
        for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
          if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
            str += json.slice(start, i) + "\\ ";
            i += 1;
            start = i;
            ch = "\\";
          }
          if (ch === "\\")
            switch (json[i + 1]) {
              case "u":
                {
                  str += json.slice(start, i);
                  const code = json.substr(i + 2, 4);
                  switch (code) {
                    case "0000":
                      str += "\\0";
                      break;
                    case "0007":
                      str += "\\a";
                      break;
                    case "000b":
                      str += "\\v";
                      break;
                    case "001b":
                      str += "\\e";
                      break;
                    case "0085":
                      str += "\\N";
                      break;
                    case "00a0":
                      str += "\\_";
                      break;
                    case "2028":
                      str += "\\L";
                      break;
                    case "2029":
                      str += "\\P";
                      break;
                    default:
                      if (code.substr(0, 2) === "00")
                        str += "\\x" + code.substr(2);
                      else
                        str += json.substr(i, 6);
                  }
                  i += 5;
                  start = i + 1;
                }
                break;
              case "n":
                if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                  i += 1;
                } else {
                  str += json.slice(start, i) + "\n\n";
                  while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                    str += "\n";
                    i += 2;
                  }
                  str += indent;
                  if (json[i + 2] === " ")
                    str += "\\";
                  i += 1;
                  start = i + 1;
                }
                break;
              default:
                i += 1;
            }
        }
        str = start ? str + json.slice(start) : json;
        return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
      }
      function singleQuotedString(value, ctx) {
        if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
          return doubleQuotedString(value, ctx);
        const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
        const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
        return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
      }
      function quotedString(value, ctx) {
        const { singleQuote } = ctx.options;
        let qs;
        if (singleQuote === false)
          qs = doubleQuotedString;
        else {
          const hasDouble = value.includes('"');
          const hasSingle = value.includes("'");
          if (hasDouble && !hasSingle)
            qs = singleQuotedString;
          else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
          else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
        }
        return qs(value, ctx);
      }
      let blockEndNewlines;
      try {
        blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
      } catch {
        blockEndNewlines = /\n+(?!\n|$)/g;
      }
      function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
        const { blockQuote, commentString, lineWidth } = ctx.options;
        if (!blockQuote || /\n[\t ]+$/.test(value)) {
          return quotedString(value, ctx);
        }
        const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
        const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
        if (!value)
          return literal ? "|\n" : ">\n";
        let chomp;
        let endStart;
        for (endStart = value.length; endStart > 0; --endStart) {
          const ch = value[endStart - 1];
          if (ch !== "\n" && ch !== "	" && ch !== " ")
            break;
        }
        let end = value.substring(endStart);
        const endNlPos = end.indexOf("\n");
        if (endNlPos === -1) {
          chomp = "-";
        } else if (value === end || endNlPos !== end.length - 1) {
          chomp = "+";
          if (onChompKeep)
            onChompKeep();
        } else {
          chomp = "";
        }
        if (end) {
          value = value.slice(0, -end.length);
          if (end[end.length - 1] === "\n")
            end = end.slice(0, -1);
          end = end.replace(blockEndNewlines, `$&${indent}`);
        }
        let startWithSpace = false;
        let startEnd;
        let startNlPos = -1;
        for (startEnd = 0; startEnd < value.length; ++startEnd) {
          const ch = value[startEnd];
          if (ch === " ")
            startWithSpace = true;
          else if (ch === "\n")
            startNlPos = startEnd;
          else
            break;
        }
        let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
        if (start) {
          value = value.substring(start.length);
          start = start.replace(/\n+/g, `$&${indent}`);
        }
        const indentSize = indent ? "2" : "1";
        let header = (startWithSpace ? indentSize : "") + chomp;
        if (comment) {
          header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
          if (onComment)
            onComment();
        }
        if (!literal) {
          const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
          let literalFallback = false;
          const foldOptions = getFoldOptions(ctx, true);
          if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
              literalFallback = true;
            };
          }
          const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
          if (!literalFallback)
            return `>${header}
${indent}${body}`;
        }
        value = value.replace(/\n+/g, `$&${indent}`);
        return `|${header}
${indent}${start}${value}${end}`;
      }
      function plainString(item, ctx, onComment, onChompKeep) {
        const { type, value } = item;
        const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
        if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
          return quotedString(value, ctx);
        }
        if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
          return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
        }
        if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
          return blockString(item, ctx, onComment, onChompKeep);
        }
        if (containsDocumentMarker(value)) {
          if (indent === "") {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
          } else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
          }
        }
        const str = value.replace(/\n+/g, `$&
${indent}`);
        if (actualString) {
          const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
          const { compat, tags } = ctx.doc.schema;
          if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
        }
        return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
      }
      function stringifyString(item, ctx, onComment, onChompKeep) {
        const { implicitKey, inFlow } = ctx;
        const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
        let { type } = item;
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
        }
        const _stringify = (_type) => {
          switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
              return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
              return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
              return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
              return plainString(ss, ctx, onComment, onChompKeep);
            default:
              return null;
          }
        };
        let res = _stringify(type);
        if (res === null) {
          const { defaultKeyType, defaultStringType } = ctx.options;
          const t = implicitKey && defaultKeyType || defaultStringType;
          res = _stringify(t);
          if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
        }
        return res;
      }
      exports.stringifyString = stringifyString;
    })
  ),
  /***/
  204: (
    /***/
    ((__unused_webpack_module, exports, __nccwpck_require__2) => {
      var identity = __nccwpck_require__2(1127);
      const BREAK = /* @__PURE__ */ Symbol("break visit");
      const SKIP = /* @__PURE__ */ Symbol("skip children");
      const REMOVE = /* @__PURE__ */ Symbol("remove node");
      function visit(node, visitor) {
        const visitor_ = initVisitor(visitor);
        if (identity.isDocument(node)) {
          const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
          if (cd === REMOVE)
            node.contents = null;
        } else
          visit_(null, node, visitor_, Object.freeze([]));
      }
      visit.BREAK = BREAK;
      visit.SKIP = SKIP;
      visit.REMOVE = REMOVE;
      function visit_(key, node, visitor, path2) {
        const ctrl = callVisitor(key, node, visitor, path2);
        if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
          replaceNode(key, path2, ctrl);
          return visit_(key, ctrl, visitor, path2);
        }
        if (typeof ctrl !== "symbol") {
          if (identity.isCollection(node)) {
            path2 = Object.freeze(path2.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
              const ci = visit_(i, node.items[i], visitor, path2);
              if (typeof ci === "number")
                i = ci - 1;
              else if (ci === BREAK)
                return BREAK;
              else if (ci === REMOVE) {
                node.items.splice(i, 1);
                i -= 1;
              }
            }
          } else if (identity.isPair(node)) {
            path2 = Object.freeze(path2.concat(node));
            const ck = visit_("key", node.key, visitor, path2);
            if (ck === BREAK)
              return BREAK;
            else if (ck === REMOVE)
              node.key = null;
            const cv = visit_("value", node.value, visitor, path2);
            if (cv === BREAK)
              return BREAK;
            else if (cv === REMOVE)
              node.value = null;
          }
        }
        return ctrl;
      }
      async function visitAsync(node, visitor) {
        const visitor_ = initVisitor(visitor);
        if (identity.isDocument(node)) {
          const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
          if (cd === REMOVE)
            node.contents = null;
        } else
          await visitAsync_(null, node, visitor_, Object.freeze([]));
      }
      visitAsync.BREAK = BREAK;
      visitAsync.SKIP = SKIP;
      visitAsync.REMOVE = REMOVE;
      async function visitAsync_(key, node, visitor, path2) {
        const ctrl = await callVisitor(key, node, visitor, path2);
        if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
          replaceNode(key, path2, ctrl);
          return visitAsync_(key, ctrl, visitor, path2);
        }
        if (typeof ctrl !== "symbol") {
          if (identity.isCollection(node)) {
            path2 = Object.freeze(path2.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
              const ci = await visitAsync_(i, node.items[i], visitor, path2);
              if (typeof ci === "number")
                i = ci - 1;
              else if (ci === BREAK)
                return BREAK;
              else if (ci === REMOVE) {
                node.items.splice(i, 1);
                i -= 1;
              }
            }
          } else if (identity.isPair(node)) {
            path2 = Object.freeze(path2.concat(node));
            const ck = await visitAsync_("key", node.key, visitor, path2);
            if (ck === BREAK)
              return BREAK;
            else if (ck === REMOVE)
              node.key = null;
            const cv = await visitAsync_("value", node.value, visitor, path2);
            if (cv === BREAK)
              return BREAK;
            else if (cv === REMOVE)
              node.value = null;
          }
        }
        return ctrl;
      }
      function initVisitor(visitor) {
        if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
          return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
          }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
          }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
          }, visitor);
        }
        return visitor;
      }
      function callVisitor(key, node, visitor, path2) {
        if (typeof visitor === "function")
          return visitor(key, node, path2);
        if (identity.isMap(node))
          return visitor.Map?.(key, node, path2);
        if (identity.isSeq(node))
          return visitor.Seq?.(key, node, path2);
        if (identity.isPair(node))
          return visitor.Pair?.(key, node, path2);
        if (identity.isScalar(node))
          return visitor.Scalar?.(key, node, path2);
        if (identity.isAlias(node))
          return visitor.Alias?.(key, node, path2);
        return void 0;
      }
      function replaceNode(key, path2, node) {
        const parent = path2[path2.length - 1];
        if (identity.isCollection(parent)) {
          parent.items[key] = node;
        } else if (identity.isPair(parent)) {
          if (key === "key")
            parent.key = node;
          else
            parent.value = node;
        } else if (identity.isDocument(parent)) {
          parent.contents = node;
        } else {
          const pt = identity.isAlias(parent) ? "alias" : "scalar";
          throw new Error(`Cannot replace node with ${pt} parent`);
        }
      }
      exports.visit = visit;
      exports.visitAsync = visitAsync;
    })
  )
  /******/
};
var __webpack_module_cache__ = {};
function __nccwpck_require__(moduleId) {
  var cachedModule = __webpack_module_cache__[moduleId];
  if (cachedModule !== void 0) {
    return cachedModule.exports;
  }
  var module = __webpack_module_cache__[moduleId] = {
    /******/
    // no module.id needed
    /******/
    // no module.loaded needed
    /******/
    exports: {}
    /******/
  };
  var threw = true;
  try {
    __webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
    threw = false;
  } finally {
    if (threw) delete __webpack_module_cache__[moduleId];
  }
  return module.exports;
}
if (typeof __nccwpck_require__ !== "undefined") __nccwpck_require__.ab = decodeURIComponent(new URL(".", import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
(() => {
  var webpackQueues = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack queues") : "__webpack_queues__";
  var webpackExports = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack exports") : "__webpack_exports__";
  var webpackError = typeof Symbol === "function" ? /* @__PURE__ */ Symbol("webpack error") : "__webpack_error__";
  var resolveQueue = (queue) => {
    if (queue && queue.d < 1) {
      queue.d = 1;
      queue.forEach((fn) => fn.r--);
      queue.forEach((fn) => fn.r-- ? fn.r++ : fn());
    }
  };
  var wrapDeps = (deps) => deps.map((dep) => {
    if (dep !== null && typeof dep === "object") {
      if (dep[webpackQueues]) return dep;
      if (dep.then) {
        var queue = [];
        queue.d = 0;
        dep.then((r) => {
          obj[webpackExports] = r;
          resolveQueue(queue);
        }, (e) => {
          obj[webpackError] = e;
          resolveQueue(queue);
        });
        var obj = {};
        obj[webpackQueues] = (fn) => fn(queue);
        return obj;
      }
    }
    var ret = {};
    ret[webpackQueues] = (x) => {
    };
    ret[webpackExports] = dep;
    return ret;
  });
  __nccwpck_require__.a = (module, body, hasAwait) => {
    var queue;
    hasAwait && ((queue = []).d = -1);
    var depQueues = /* @__PURE__ */ new Set();
    var exports = module.exports;
    var currentDeps;
    var outerResolve;
    var reject;
    var promise = new Promise((resolve2, rej) => {
      reject = rej;
      outerResolve = resolve2;
    });
    promise[webpackExports] = exports;
    promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"]((x) => {
    }));
    module.exports = promise;
    body((deps) => {
      currentDeps = wrapDeps(deps);
      var fn;
      var getResult = () => currentDeps.map((d) => {
        if (d[webpackError]) throw d[webpackError];
        return d[webpackExports];
      });
      var promise2 = new Promise((resolve2) => {
        fn = () => resolve2(getResult);
        fn.r = 0;
        var fnQueue = (q) => q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn)));
        currentDeps.map((dep) => dep[webpackQueues](fnQueue));
      });
      return fn.r ? promise2 : getResult();
    }, (err) => (err ? reject(promise[webpackError] = err) : outerResolve(exports), resolveQueue(queue)));
    queue && queue.d < 0 && (queue.d = 0);
  };
})();
(() => {
  __nccwpck_require__.d = (exports, definition) => {
    for (var key in definition) {
      if (__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
        Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
      }
    }
  };
})();
(() => {
  __nccwpck_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
})();
var __webpack_exports__ = __nccwpck_require__(2987);
__webpack_exports__ = await __webpack_exports__;
