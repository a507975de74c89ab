export const id = 648;
export const ids = [648];
export const modules = {
  /***/
  3964: (
    /***/
    ((module) => {
      module.exports = clone;
      var getPrototypeOf = Object.getPrototypeOf || function(obj) {
        return obj.__proto__;
      };
      function clone(obj) {
        if (obj === null || typeof obj !== "object")
          return obj;
        if (obj instanceof Object)
          var copy = { __proto__: getPrototypeOf(obj) };
        else
          var copy = /* @__PURE__ */ Object.create(null);
        Object.getOwnPropertyNames(obj).forEach(function(key) {
          Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(obj, key));
        });
        return copy;
      }
    })
  ),
  /***/
  5744: (
    /***/
    ((module, __unused_webpack_exports, __webpack_require__) => {
      var fs = __webpack_require__(9896);
      var polyfills = __webpack_require__(3501);
      var legacy = __webpack_require__(2270);
      var clone = __webpack_require__(3964);
      var util = __webpack_require__(9023);
      var gracefulQueue;
      var previousSymbol;
      if (typeof Symbol === "function" && typeof Symbol.for === "function") {
        gracefulQueue = /* @__PURE__ */ Symbol.for("graceful-fs.queue");
        previousSymbol = /* @__PURE__ */ Symbol.for("graceful-fs.previous");
      } else {
        gracefulQueue = "___graceful-fs.queue";
        previousSymbol = "___graceful-fs.previous";
      }
      function noop() {
      }
      function publishQueue(context, queue2) {
        Object.defineProperty(context, gracefulQueue, {
          get: function() {
            return queue2;
          }
        });
      }
      var debug = noop;
      if (util.debuglog)
        debug = util.debuglog("gfs4");
      else if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || ""))
        debug = function() {
          var m = util.format.apply(util, arguments);
          m = "GFS4: " + m.split(/\n/).join("\nGFS4: ");
          console.error(m);
        };
      if (!fs[gracefulQueue]) {
        var queue = global[gracefulQueue] || [];
        publishQueue(fs, queue);
        fs.close = (function(fs$close) {
          function close(fd, cb) {
            return fs$close.call(fs, fd, function(err) {
              if (!err) {
                resetQueue();
              }
              if (typeof cb === "function")
                cb.apply(this, arguments);
            });
          }
          Object.defineProperty(close, previousSymbol, {
            value: fs$close
          });
          return close;
        })(fs.close);
        fs.closeSync = (function(fs$closeSync) {
          function closeSync(fd) {
            fs$closeSync.apply(fs, arguments);
            resetQueue();
          }
          Object.defineProperty(closeSync, previousSymbol, {
            value: fs$closeSync
          });
          return closeSync;
        })(fs.closeSync);
        if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || "")) {
          process.on("exit", function() {
            debug(fs[gracefulQueue]);
            __webpack_require__(2613).equal(fs[gracefulQueue].length, 0);
          });
        }
      }
      if (!global[gracefulQueue]) {
        publishQueue(global, fs[gracefulQueue]);
      }
      module.exports = patch(clone(fs));
      if (process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs.__patched) {
        module.exports = patch(fs);
        fs.__patched = true;
      }
      function patch(fs2) {
        polyfills(fs2);
        fs2.gracefulify = patch;
        fs2.createReadStream = createReadStream;
        fs2.createWriteStream = createWriteStream;
        var fs$readFile = fs2.readFile;
        fs2.readFile = readFile;
        function readFile(path, options, cb) {
          if (typeof options === "function")
            cb = options, options = null;
          return go$readFile(path, options, cb);
          function go$readFile(path2, options2, cb2, startTime) {
            return fs$readFile(path2, options2, function(err) {
              if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
                enqueue([go$readFile, [path2, options2, cb2], err, startTime || Date.now(), Date.now()]);
              else {
                if (typeof cb2 === "function")
                  cb2.apply(this, arguments);
              }
            });
          }
        }
        var fs$writeFile = fs2.writeFile;
        fs2.writeFile = writeFile;
        function writeFile(path, data, options, cb) {
          if (typeof options === "function")
            cb = options, options = null;
          return go$writeFile(path, data, options, cb);
          function go$writeFile(path2, data2, options2, cb2, startTime) {
            return fs$writeFile(path2, data2, options2, function(err) {
              if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
                enqueue([go$writeFile, [path2, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
              else {
                if (typeof cb2 === "function")
                  cb2.apply(this, arguments);
              }
            });
          }
        }
        var fs$appendFile = fs2.appendFile;
        if (fs$appendFile)
          fs2.appendFile = appendFile;
        function appendFile(path, data, options, cb) {
          if (typeof options === "function")
            cb = options, options = null;
          return go$appendFile(path, data, options, cb);
          function go$appendFile(path2, data2, options2, cb2, startTime) {
            return fs$appendFile(path2, data2, options2, function(err) {
              if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
                enqueue([go$appendFile, [path2, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
              else {
                if (typeof cb2 === "function")
                  cb2.apply(this, arguments);
              }
            });
          }
        }
        var fs$copyFile = fs2.copyFile;
        if (fs$copyFile)
          fs2.copyFile = copyFile;
        function copyFile(src, dest, flags, cb) {
          if (typeof flags === "function") {
            cb = flags;
            flags = 0;
          }
          return go$copyFile(src, dest, flags, cb);
          function go$copyFile(src2, dest2, flags2, cb2, startTime) {
            return fs$copyFile(src2, dest2, flags2, function(err) {
              if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
                enqueue([go$copyFile, [src2, dest2, flags2, cb2], err, startTime || Date.now(), Date.now()]);
              else {
                if (typeof cb2 === "function")
                  cb2.apply(this, arguments);
              }
            });
          }
        }
        var fs$readdir = fs2.readdir;
        fs2.readdir = readdir;
        var noReaddirOptionVersions = /^v[0-5]\./;
        function readdir(path, options, cb) {
          if (typeof options === "function")
            cb = options, options = null;
          var go$readdir = noReaddirOptionVersions.test(process.version) ? function go$readdir2(path2, options2, cb2, startTime) {
            return fs$readdir(path2, fs$readdirCallback(
              path2,
              options2,
              cb2,
              startTime
            ));
          } : function go$readdir2(path2, options2, cb2, startTime) {
            return fs$readdir(path2, options2, fs$readdirCallback(
              path2,
              options2,
              cb2,
              startTime
            ));
          };
          return go$readdir(path, options, cb);
          function fs$readdirCallback(path2, options2, cb2, startTime) {
            return function(err, files) {
              if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
                enqueue([
                  go$readdir,
                  [path2, options2, cb2],
                  err,
                  startTime || Date.now(),
                  Date.now()
                ]);
              else {
                if (files && files.sort)
                  files.sort();
                if (typeof cb2 === "function")
                  cb2.call(this, err, files);
              }
            };
          }
        }
        if (process.version.substr(0, 4) === "v0.8") {
          var legStreams = legacy(fs2);
          ReadStream = legStreams.ReadStream;
          WriteStream = legStreams.WriteStream;
        }
        var fs$ReadStream = fs2.ReadStream;
        if (fs$ReadStream) {
          ReadStream.prototype = Object.create(fs$ReadStream.prototype);
          ReadStream.prototype.open = ReadStream$open;
        }
        var fs$WriteStream = fs2.WriteStream;
        if (fs$WriteStream) {
          WriteStream.prototype = Object.create(fs$WriteStream.prototype);
          WriteStream.prototype.open = WriteStream$open;
        }
        Object.defineProperty(fs2, "ReadStream", {
          get: function() {
            return ReadStream;
          },
          set: function(val) {
            ReadStream = val;
          },
          enumerable: true,
          configurable: true
        });
        Object.defineProperty(fs2, "WriteStream", {
          get: function() {
            return WriteStream;
          },
          set: function(val) {
            WriteStream = val;
          },
          enumerable: true,
          configurable: true
        });
        var FileReadStream = ReadStream;
        Object.defineProperty(fs2, "FileReadStream", {
          get: function() {
            return FileReadStream;
          },
          set: function(val) {
            FileReadStream = val;
          },
          enumerable: true,
          configurable: true
        });
        var FileWriteStream = WriteStream;
        Object.defineProperty(fs2, "FileWriteStream", {
          get: function() {
            return FileWriteStream;
          },
          set: function(val) {
            FileWriteStream = val;
          },
          enumerable: true,
          configurable: true
        });
        function ReadStream(path, options) {
          if (this instanceof ReadStream)
            return fs$ReadStream.apply(this, arguments), this;
          else
            return ReadStream.apply(Object.create(ReadStream.prototype), arguments);
        }
        function ReadStream$open() {
          var that = this;
          open(that.path, that.flags, that.mode, function(err, fd) {
            if (err) {
              if (that.autoClose)
                that.destroy();
              that.emit("error", err);
            } else {
              that.fd = fd;
              that.emit("open", fd);
              that.read();
            }
          });
        }
        function WriteStream(path, options) {
          if (this instanceof WriteStream)
            return fs$WriteStream.apply(this, arguments), this;
          else
            return WriteStream.apply(Object.create(WriteStream.prototype), arguments);
        }
        function WriteStream$open() {
          var that = this;
          open(that.path, that.flags, that.mode, function(err, fd) {
            if (err) {
              that.destroy();
              that.emit("error", err);
            } else {
              that.fd = fd;
              that.emit("open", fd);
            }
          });
        }
        function createReadStream(path, options) {
          return new fs2.ReadStream(path, options);
        }
        function createWriteStream(path, options) {
          return new fs2.WriteStream(path, options);
        }
        var fs$open = fs2.open;
        fs2.open = open;
        function open(path, flags, mode, cb) {
          if (typeof mode === "function")
            cb = mode, mode = null;
          return go$open(path, flags, mode, cb);
          function go$open(path2, flags2, mode2, cb2, startTime) {
            return fs$open(path2, flags2, mode2, function(err, fd) {
              if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
                enqueue([go$open, [path2, flags2, mode2, cb2], err, startTime || Date.now(), Date.now()]);
              else {
                if (typeof cb2 === "function")
                  cb2.apply(this, arguments);
              }
            });
          }
        }
        return fs2;
      }
      function enqueue(elem) {
        debug("ENQUEUE", elem[0].name, elem[1]);
        fs[gracefulQueue].push(elem);
        retry();
      }
      var retryTimer;
      function resetQueue() {
        var now = Date.now();
        for (var i = 0; i < fs[gracefulQueue].length; ++i) {
          if (fs[gracefulQueue][i].length > 2) {
            fs[gracefulQueue][i][3] = now;
            fs[gracefulQueue][i][4] = now;
          }
        }
        retry();
      }
      function retry() {
        clearTimeout(retryTimer);
        retryTimer = void 0;
        if (fs[gracefulQueue].length === 0)
          return;
        var elem = fs[gracefulQueue].shift();
        var fn = elem[0];
        var args = elem[1];
        var err = elem[2];
        var startTime = elem[3];
        var lastTime = elem[4];
        if (startTime === void 0) {
          debug("RETRY", fn.name, args);
          fn.apply(null, args);
        } else if (Date.now() - startTime >= 6e4) {
          debug("TIMEOUT", fn.name, args);
          var cb = args.pop();
          if (typeof cb === "function")
            cb.call(null, err);
        } else {
          var sinceAttempt = Date.now() - lastTime;
          var sinceStart = Math.max(lastTime - startTime, 1);
          var desiredDelay = Math.min(sinceStart * 1.2, 100);
          if (sinceAttempt >= desiredDelay) {
            debug("RETRY", fn.name, args);
            fn.apply(null, args.concat([startTime]));
          } else {
            fs[gracefulQueue].push(elem);
          }
        }
        if (retryTimer === void 0) {
          retryTimer = setTimeout(retry, 0);
        }
      }
    })
  ),
  /***/
  2270: (
    /***/
    ((module, __unused_webpack_exports, __webpack_require__) => {
      var Stream = __webpack_require__(2203).Stream;
      module.exports = legacy;
      function legacy(fs) {
        return {
          ReadStream,
          WriteStream
        };
        function ReadStream(path, options) {
          if (!(this instanceof ReadStream)) return new ReadStream(path, options);
          Stream.call(this);
          var self = this;
          this.path = path;
          this.fd = null;
          this.readable = true;
          this.paused = false;
          this.flags = "r";
          this.mode = 438;
          this.bufferSize = 64 * 1024;
          options = options || {};
          var keys = Object.keys(options);
          for (var index = 0, length = keys.length; index < length; index++) {
            var key = keys[index];
            this[key] = options[key];
          }
          if (this.encoding) this.setEncoding(this.encoding);
          if (this.start !== void 0) {
            if ("number" !== typeof this.start) {
              throw TypeError("start must be a Number");
            }
            if (this.end === void 0) {
              this.end = Infinity;
            } else if ("number" !== typeof this.end) {
              throw TypeError("end must be a Number");
            }
            if (this.start > this.end) {
              throw new Error("start must be <= end");
            }
            this.pos = this.start;
          }
          if (this.fd !== null) {
            process.nextTick(function() {
              self._read();
            });
            return;
          }
          fs.open(this.path, this.flags, this.mode, function(err, fd) {
            if (err) {
              self.emit("error", err);
              self.readable = false;
              return;
            }
            self.fd = fd;
            self.emit("open", fd);
            self._read();
          });
        }
        function WriteStream(path, options) {
          if (!(this instanceof WriteStream)) return new WriteStream(path, options);
          Stream.call(this);
          this.path = path;
          this.fd = null;
          this.writable = true;
          this.flags = "w";
          this.encoding = "binary";
          this.mode = 438;
          this.bytesWritten = 0;
          options = options || {};
          var keys = Object.keys(options);
          for (var index = 0, length = keys.length; index < length; index++) {
            var key = keys[index];
            this[key] = options[key];
          }
          if (this.start !== void 0) {
            if ("number" !== typeof this.start) {
              throw TypeError("start must be a Number");
            }
            if (this.start < 0) {
              throw new Error("start must be >= zero");
            }
            this.pos = this.start;
          }
          this.busy = false;
          this._queue = [];
          if (this.fd === null) {
            this._open = fs.open;
            this._queue.push([this._open, this.path, this.flags, this.mode, void 0]);
            this.flush();
          }
        }
      }
    })
  ),
  /***/
  3501: (
    /***/
    ((module, __unused_webpack_exports, __webpack_require__) => {
      var constants = __webpack_require__(9140);
      var origCwd = process.cwd;
      var cwd = null;
      var platform = process.env.GRACEFUL_FS_PLATFORM || process.platform;
      process.cwd = function() {
        if (!cwd)
          cwd = origCwd.call(process);
        return cwd;
      };
      try {
        process.cwd();
      } catch (er) {
      }
      if (typeof process.chdir === "function") {
        var chdir = process.chdir;
        process.chdir = function(d) {
          cwd = null;
          chdir.call(process, d);
        };
        if (Object.setPrototypeOf) Object.setPrototypeOf(process.chdir, chdir);
      }
      module.exports = patch;
      function patch(fs) {
        if (constants.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
          patchLchmod(fs);
        }
        if (!fs.lutimes) {
          patchLutimes(fs);
        }
        fs.chown = chownFix(fs.chown);
        fs.fchown = chownFix(fs.fchown);
        fs.lchown = chownFix(fs.lchown);
        fs.chmod = chmodFix(fs.chmod);
        fs.fchmod = chmodFix(fs.fchmod);
        fs.lchmod = chmodFix(fs.lchmod);
        fs.chownSync = chownFixSync(fs.chownSync);
        fs.fchownSync = chownFixSync(fs.fchownSync);
        fs.lchownSync = chownFixSync(fs.lchownSync);
        fs.chmodSync = chmodFixSync(fs.chmodSync);
        fs.fchmodSync = chmodFixSync(fs.fchmodSync);
        fs.lchmodSync = chmodFixSync(fs.lchmodSync);
        fs.stat = statFix(fs.stat);
        fs.fstat = statFix(fs.fstat);
        fs.lstat = statFix(fs.lstat);
        fs.statSync = statFixSync(fs.statSync);
        fs.fstatSync = statFixSync(fs.fstatSync);
        fs.lstatSync = statFixSync(fs.lstatSync);
        if (fs.chmod && !fs.lchmod) {
          fs.lchmod = function(path, mode, cb) {
            if (cb) process.nextTick(cb);
          };
          fs.lchmodSync = function() {
          };
        }
        if (fs.chown && !fs.lchown) {
          fs.lchown = function(path, uid, gid, cb) {
            if (cb) process.nextTick(cb);
          };
          fs.lchownSync = function() {
          };
        }
        if (platform === "win32") {
          fs.rename = typeof fs.rename !== "function" ? fs.rename : (function(fs$rename) {
            function rename(from, to, cb) {
              var start = Date.now();
              var backoff = 0;
              fs$rename(from, to, function CB(er) {
                if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start < 6e4) {
                  setTimeout(function() {
                    fs.stat(to, function(stater, st) {
                      if (stater && stater.code === "ENOENT")
                        fs$rename(from, to, CB);
                      else
                        cb(er);
                    });
                  }, backoff);
                  if (backoff < 100)
                    backoff += 10;
                  return;
                }
                if (cb) cb(er);
              });
            }
            if (Object.setPrototypeOf) Object.setPrototypeOf(rename, fs$rename);
            return rename;
          })(fs.rename);
        }
        fs.read = typeof fs.read !== "function" ? fs.read : (function(fs$read) {
          function read(fd, buffer, offset, length, position, callback_) {
            var callback;
            if (callback_ && typeof callback_ === "function") {
              var eagCounter = 0;
              callback = function(er, _, __) {
                if (er && er.code === "EAGAIN" && eagCounter < 10) {
                  eagCounter++;
                  return fs$read.call(fs, fd, buffer, offset, length, position, callback);
                }
                callback_.apply(this, arguments);
              };
            }
            return fs$read.call(fs, fd, buffer, offset, length, position, callback);
          }
          if (Object.setPrototypeOf) Object.setPrototypeOf(read, fs$read);
          return read;
        })(fs.read);
        fs.readSync = typeof fs.readSync !== "function" ? fs.readSync : /* @__PURE__ */ (function(fs$readSync) {
          return function(fd, buffer, offset, length, position) {
            var eagCounter = 0;
            while (true) {
              try {
                return fs$readSync.call(fs, fd, buffer, offset, length, position);
              } catch (er) {
                if (er.code === "EAGAIN" && eagCounter < 10) {
                  eagCounter++;
                  continue;
                }
                throw er;
              }
            }
          };
        })(fs.readSync);
        function patchLchmod(fs2) {
          fs2.lchmod = function(path, mode, callback) {
            fs2.open(
              path,
              constants.O_WRONLY | constants.O_SYMLINK,
              mode,
              function(err, fd) {
                if (err) {
                  if (callback) callback(err);
                  return;
                }
                fs2.fchmod(fd, mode, function(err2) {
                  fs2.close(fd, function(err22) {
                    if (callback) callback(err2 || err22);
                  });
                });
              }
            );
          };
          fs2.lchmodSync = function(path, mode) {
            var fd = fs2.openSync(path, constants.O_WRONLY | constants.O_SYMLINK, mode);
            var threw = true;
            var ret;
            try {
              ret = fs2.fchmodSync(fd, mode);
              threw = false;
            } finally {
              if (threw) {
                try {
                  fs2.closeSync(fd);
                } catch (er) {
                }
              } else {
                fs2.closeSync(fd);
              }
            }
            return ret;
          };
        }
        function patchLutimes(fs2) {
          if (constants.hasOwnProperty("O_SYMLINK") && fs2.futimes) {
            fs2.lutimes = function(path, at, mt, cb) {
              fs2.open(path, constants.O_SYMLINK, function(er, fd) {
                if (er) {
                  if (cb) cb(er);
                  return;
                }
                fs2.futimes(fd, at, mt, function(er2) {
                  fs2.close(fd, function(er22) {
                    if (cb) cb(er2 || er22);
                  });
                });
              });
            };
            fs2.lutimesSync = function(path, at, mt) {
              var fd = fs2.openSync(path, constants.O_SYMLINK);
              var ret;
              var threw = true;
              try {
                ret = fs2.futimesSync(fd, at, mt);
                threw = false;
              } finally {
                if (threw) {
                  try {
                    fs2.closeSync(fd);
                  } catch (er) {
                  }
                } else {
                  fs2.closeSync(fd);
                }
              }
              return ret;
            };
          } else if (fs2.futimes) {
            fs2.lutimes = function(_a, _b, _c, cb) {
              if (cb) process.nextTick(cb);
            };
            fs2.lutimesSync = function() {
            };
          }
        }
        function chmodFix(orig) {
          if (!orig) return orig;
          return function(target, mode, cb) {
            return orig.call(fs, target, mode, function(er) {
              if (chownErOk(er)) er = null;
              if (cb) cb.apply(this, arguments);
            });
          };
        }
        function chmodFixSync(orig) {
          if (!orig) return orig;
          return function(target, mode) {
            try {
              return orig.call(fs, target, mode);
            } catch (er) {
              if (!chownErOk(er)) throw er;
            }
          };
        }
        function chownFix(orig) {
          if (!orig) return orig;
          return function(target, uid, gid, cb) {
            return orig.call(fs, target, uid, gid, function(er) {
              if (chownErOk(er)) er = null;
              if (cb) cb.apply(this, arguments);
            });
          };
        }
        function chownFixSync(orig) {
          if (!orig) return orig;
          return function(target, uid, gid) {
            try {
              return orig.call(fs, target, uid, gid);
            } catch (er) {
              if (!chownErOk(er)) throw er;
            }
          };
        }
        function statFix(orig) {
          if (!orig) return orig;
          return function(target, options, cb) {
            if (typeof options === "function") {
              cb = options;
              options = null;
            }
            function callback(er, stats) {
              if (stats) {
                if (stats.uid < 0) stats.uid += 4294967296;
                if (stats.gid < 0) stats.gid += 4294967296;
              }
              if (cb) cb.apply(this, arguments);
            }
            return options ? orig.call(fs, target, options, callback) : orig.call(fs, target, callback);
          };
        }
        function statFixSync(orig) {
          if (!orig) return orig;
          return function(target, options) {
            var stats = options ? orig.call(fs, target, options) : orig.call(fs, target);
            if (stats) {
              if (stats.uid < 0) stats.uid += 4294967296;
              if (stats.gid < 0) stats.gid += 4294967296;
            }
            return stats;
          };
        }
        function chownErOk(er) {
          if (!er)
            return true;
          if (er.code === "ENOSYS")
            return true;
          var nonroot = !process.getuid || process.getuid() !== 0;
          if (nonroot) {
            if (er.code === "EINVAL" || er.code === "EPERM")
              return true;
          }
          return false;
        }
      }
    })
  ),
  /***/
  3648: (
    /***/
    ((module, __unused_webpack_exports, __webpack_require__) => {
      const lockfile = __webpack_require__(743);
      const { toPromise, toSync, toSyncOptions } = __webpack_require__(3271);
      async function lock(file, options) {
        const release = await toPromise(lockfile.lock)(file, options);
        return toPromise(release);
      }
      function lockSync(file, options) {
        const release = toSync(lockfile.lock)(file, toSyncOptions(options));
        return toSync(release);
      }
      function unlock(file, options) {
        return toPromise(lockfile.unlock)(file, options);
      }
      function unlockSync(file, options) {
        return toSync(lockfile.unlock)(file, toSyncOptions(options));
      }
      function check(file, options) {
        return toPromise(lockfile.check)(file, options);
      }
      function checkSync(file, options) {
        return toSync(lockfile.check)(file, toSyncOptions(options));
      }
      module.exports = lock;
      module.exports.lock = lock;
      module.exports.unlock = unlock;
      module.exports.lockSync = lockSync;
      module.exports.unlockSync = unlockSync;
      module.exports.check = check;
      module.exports.checkSync = checkSync;
    })
  ),
  /***/
  3271: (
    /***/
    ((module, __unused_webpack_exports, __webpack_require__) => {
      const fs = __webpack_require__(5744);
      function createSyncFs(fs2) {
        const methods = ["mkdir", "realpath", "stat", "rmdir", "utimes"];
        const newFs = { ...fs2 };
        methods.forEach((method) => {
          newFs[method] = (...args) => {
            const callback = args.pop();
            let ret;
            try {
              ret = fs2[`${method}Sync`](...args);
            } catch (err) {
              return callback(err);
            }
            callback(null, ret);
          };
        });
        return newFs;
      }
      function toPromise(method) {
        return (...args) => new Promise((resolve, reject) => {
          args.push((err, result) => {
            if (err) {
              reject(err);
            } else {
              resolve(result);
            }
          });
          method(...args);
        });
      }
      function toSync(method) {
        return (...args) => {
          let err;
          let result;
          args.push((_err, _result) => {
            err = _err;
            result = _result;
          });
          method(...args);
          if (err) {
            throw err;
          }
          return result;
        };
      }
      function toSyncOptions(options) {
        options = { ...options };
        options.fs = createSyncFs(options.fs || fs);
        if (typeof options.retries === "number" && options.retries > 0 || options.retries && typeof options.retries.retries === "number" && options.retries.retries > 0) {
          throw Object.assign(new Error("Cannot use retries with the sync api"), { code: "ESYNC" });
        }
        return options;
      }
      module.exports = {
        toPromise,
        toSync,
        toSyncOptions
      };
    })
  ),
  /***/
  743: (
    /***/
    ((module, __unused_webpack_exports, __webpack_require__) => {
      const path = __webpack_require__(6928);
      const fs = __webpack_require__(5744);
      const retry = __webpack_require__(5546);
      const onExit = __webpack_require__(6627);
      const mtimePrecision = __webpack_require__(4747);
      const locks = {};
      function getLockFile(file, options) {
        return options.lockfilePath || `${file}.lock`;
      }
      function resolveCanonicalPath(file, options, callback) {
        if (!options.realpath) {
          return callback(null, path.resolve(file));
        }
        options.fs.realpath(file, callback);
      }
      function acquireLock(file, options, callback) {
        const lockfilePath = getLockFile(file, options);
        options.fs.mkdir(lockfilePath, (err) => {
          if (!err) {
            return mtimePrecision.probe(lockfilePath, options.fs, (err2, mtime, mtimePrecision2) => {
              if (err2) {
                options.fs.rmdir(lockfilePath, () => {
                });
                return callback(err2);
              }
              callback(null, mtime, mtimePrecision2);
            });
          }
          if (err.code !== "EEXIST") {
            return callback(err);
          }
          if (options.stale <= 0) {
            return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
          }
          options.fs.stat(lockfilePath, (err2, stat) => {
            if (err2) {
              if (err2.code === "ENOENT") {
                return acquireLock(file, { ...options, stale: 0 }, callback);
              }
              return callback(err2);
            }
            if (!isLockStale(stat, options)) {
              return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
            }
            removeLock(file, options, (err3) => {
              if (err3) {
                return callback(err3);
              }
              acquireLock(file, { ...options, stale: 0 }, callback);
            });
          });
        });
      }
      function isLockStale(stat, options) {
        return stat.mtime.getTime() < Date.now() - options.stale;
      }
      function removeLock(file, options, callback) {
        options.fs.rmdir(getLockFile(file, options), (err) => {
          if (err && err.code !== "ENOENT") {
            return callback(err);
          }
          callback();
        });
      }
      function updateLock(file, options) {
        const lock2 = locks[file];
        if (lock2.updateTimeout) {
          return;
        }
        lock2.updateDelay = lock2.updateDelay || options.update;
        lock2.updateTimeout = setTimeout(() => {
          lock2.updateTimeout = null;
          options.fs.stat(lock2.lockfilePath, (err, stat) => {
            const isOverThreshold = lock2.lastUpdate + options.stale < Date.now();
            if (err) {
              if (err.code === "ENOENT" || isOverThreshold) {
                return setLockAsCompromised(file, lock2, Object.assign(err, { code: "ECOMPROMISED" }));
              }
              lock2.updateDelay = 1e3;
              return updateLock(file, options);
            }
            const isMtimeOurs = lock2.mtime.getTime() === stat.mtime.getTime();
            if (!isMtimeOurs) {
              return setLockAsCompromised(
                file,
                lock2,
                Object.assign(
                  new Error("Unable to update lock within the stale threshold"),
                  { code: "ECOMPROMISED" }
                )
              );
            }
            const mtime = mtimePrecision.getMtime(lock2.mtimePrecision);
            options.fs.utimes(lock2.lockfilePath, mtime, mtime, (err2) => {
              const isOverThreshold2 = lock2.lastUpdate + options.stale < Date.now();
              if (lock2.released) {
                return;
              }
              if (err2) {
                if (err2.code === "ENOENT" || isOverThreshold2) {
                  return setLockAsCompromised(file, lock2, Object.assign(err2, { code: "ECOMPROMISED" }));
                }
                lock2.updateDelay = 1e3;
                return updateLock(file, options);
              }
              lock2.mtime = mtime;
              lock2.lastUpdate = Date.now();
              lock2.updateDelay = null;
              updateLock(file, options);
            });
          });
        }, lock2.updateDelay);
        if (lock2.updateTimeout.unref) {
          lock2.updateTimeout.unref();
        }
      }
      function setLockAsCompromised(file, lock2, err) {
        lock2.released = true;
        if (lock2.updateTimeout) {
          clearTimeout(lock2.updateTimeout);
        }
        if (locks[file] === lock2) {
          delete locks[file];
        }
        lock2.options.onCompromised(err);
      }
      function lock(file, options, callback) {
        options = {
          stale: 1e4,
          update: null,
          realpath: true,
          retries: 0,
          fs,
          onCompromised: (err) => {
            throw err;
          },
          ...options
        };
        options.retries = options.retries || 0;
        options.retries = typeof options.retries === "number" ? { retries: options.retries } : options.retries;
        options.stale = Math.max(options.stale || 0, 2e3);
        options.update = options.update == null ? options.stale / 2 : options.update || 0;
        options.update = Math.max(Math.min(options.update, options.stale / 2), 1e3);
        resolveCanonicalPath(file, options, (err, file2) => {
          if (err) {
            return callback(err);
          }
          const operation = retry.operation(options.retries);
          operation.attempt(() => {
            acquireLock(file2, options, (err2, mtime, mtimePrecision2) => {
              if (operation.retry(err2)) {
                return;
              }
              if (err2) {
                return callback(operation.mainError());
              }
              const lock2 = locks[file2] = {
                lockfilePath: getLockFile(file2, options),
                mtime,
                mtimePrecision: mtimePrecision2,
                options,
                lastUpdate: Date.now()
              };
              updateLock(file2, options);
              callback(null, (releasedCallback) => {
                if (lock2.released) {
                  return releasedCallback && releasedCallback(Object.assign(new Error("Lock is already released"), { code: "ERELEASED" }));
                }
                unlock(file2, { ...options, realpath: false }, releasedCallback);
              });
            });
          });
        });
      }
      function unlock(file, options, callback) {
        options = {
          fs,
          realpath: true,
          ...options
        };
        resolveCanonicalPath(file, options, (err, file2) => {
          if (err) {
            return callback(err);
          }
          const lock2 = locks[file2];
          if (!lock2) {
            return callback(Object.assign(new Error("Lock is not acquired/owned by you"), { code: "ENOTACQUIRED" }));
          }
          lock2.updateTimeout && clearTimeout(lock2.updateTimeout);
          lock2.released = true;
          delete locks[file2];
          removeLock(file2, options, callback);
        });
      }
      function check(file, options, callback) {
        options = {
          stale: 1e4,
          realpath: true,
          fs,
          ...options
        };
        options.stale = Math.max(options.stale || 0, 2e3);
        resolveCanonicalPath(file, options, (err, file2) => {
          if (err) {
            return callback(err);
          }
          options.fs.stat(getLockFile(file2, options), (err2, stat) => {
            if (err2) {
              return err2.code === "ENOENT" ? callback(null, false) : callback(err2);
            }
            return callback(null, !isLockStale(stat, options));
          });
        });
      }
      function getLocks() {
        return locks;
      }
      onExit(() => {
        for (const file in locks) {
          const options = locks[file].options;
          try {
            options.fs.rmdirSync(getLockFile(file, options));
          } catch (e) {
          }
        }
      });
      module.exports.lock = lock;
      module.exports.unlock = unlock;
      module.exports.check = check;
      module.exports.getLocks = getLocks;
    })
  ),
  /***/
  4747: (
    /***/
    ((module) => {
      const cacheSymbol = /* @__PURE__ */ Symbol();
      function probe(file, fs, callback) {
        const cachedPrecision = fs[cacheSymbol];
        if (cachedPrecision) {
          return fs.stat(file, (err, stat) => {
            if (err) {
              return callback(err);
            }
            callback(null, stat.mtime, cachedPrecision);
          });
        }
        const mtime = new Date(Math.ceil(Date.now() / 1e3) * 1e3 + 5);
        fs.utimes(file, mtime, mtime, (err) => {
          if (err) {
            return callback(err);
          }
          fs.stat(file, (err2, stat) => {
            if (err2) {
              return callback(err2);
            }
            const precision = stat.mtime.getTime() % 1e3 === 0 ? "s" : "ms";
            Object.defineProperty(fs, cacheSymbol, { value: precision });
            callback(null, stat.mtime, precision);
          });
        });
      }
      function getMtime(precision) {
        let now = Date.now();
        if (precision === "s") {
          now = Math.ceil(now / 1e3) * 1e3;
        }
        return new Date(now);
      }
      module.exports.probe = probe;
      module.exports.getMtime = getMtime;
    })
  ),
  /***/
  5546: (
    /***/
    ((module, __unused_webpack_exports, __webpack_require__) => {
      module.exports = __webpack_require__(7084);
    })
  ),
  /***/
  7084: (
    /***/
    ((__unused_webpack_module, exports, __webpack_require__) => {
      var RetryOperation = __webpack_require__(9538);
      exports.operation = function(options) {
        var timeouts = exports.timeouts(options);
        return new RetryOperation(timeouts, {
          forever: options && options.forever,
          unref: options && options.unref,
          maxRetryTime: options && options.maxRetryTime
        });
      };
      exports.timeouts = function(options) {
        if (options instanceof Array) {
          return [].concat(options);
        }
        var opts = {
          retries: 10,
          factor: 2,
          minTimeout: 1 * 1e3,
          maxTimeout: Infinity,
          randomize: false
        };
        for (var key in options) {
          opts[key] = options[key];
        }
        if (opts.minTimeout > opts.maxTimeout) {
          throw new Error("minTimeout is greater than maxTimeout");
        }
        var timeouts = [];
        for (var i = 0; i < opts.retries; i++) {
          timeouts.push(this.createTimeout(i, opts));
        }
        if (options && options.forever && !timeouts.length) {
          timeouts.push(this.createTimeout(i, opts));
        }
        timeouts.sort(function(a, b) {
          return a - b;
        });
        return timeouts;
      };
      exports.createTimeout = function(attempt, opts) {
        var random = opts.randomize ? Math.random() + 1 : 1;
        var timeout = Math.round(random * opts.minTimeout * Math.pow(opts.factor, attempt));
        timeout = Math.min(timeout, opts.maxTimeout);
        return timeout;
      };
      exports.wrap = function(obj, options, methods) {
        if (options instanceof Array) {
          methods = options;
          options = null;
        }
        if (!methods) {
          methods = [];
          for (var key in obj) {
            if (typeof obj[key] === "function") {
              methods.push(key);
            }
          }
        }
        for (var i = 0; i < methods.length; i++) {
          var method = methods[i];
          var original = obj[method];
          obj[method] = function retryWrapper(original2) {
            var op = exports.operation(options);
            var args = Array.prototype.slice.call(arguments, 1);
            var callback = args.pop();
            args.push(function(err) {
              if (op.retry(err)) {
                return;
              }
              if (err) {
                arguments[0] = op.mainError();
              }
              callback.apply(this, arguments);
            });
            op.attempt(function() {
              original2.apply(obj, args);
            });
          }.bind(obj, original);
          obj[method].options = options;
        }
      };
    })
  ),
  /***/
  9538: (
    /***/
    ((module) => {
      function RetryOperation(timeouts, options) {
        if (typeof options === "boolean") {
          options = { forever: options };
        }
        this._originalTimeouts = JSON.parse(JSON.stringify(timeouts));
        this._timeouts = timeouts;
        this._options = options || {};
        this._maxRetryTime = options && options.maxRetryTime || Infinity;
        this._fn = null;
        this._errors = [];
        this._attempts = 1;
        this._operationTimeout = null;
        this._operationTimeoutCb = null;
        this._timeout = null;
        this._operationStart = null;
        if (this._options.forever) {
          this._cachedTimeouts = this._timeouts.slice(0);
        }
      }
      module.exports = RetryOperation;
      RetryOperation.prototype.reset = function() {
        this._attempts = 1;
        this._timeouts = this._originalTimeouts;
      };
      RetryOperation.prototype.stop = function() {
        if (this._timeout) {
          clearTimeout(this._timeout);
        }
        this._timeouts = [];
        this._cachedTimeouts = null;
      };
      RetryOperation.prototype.retry = function(err) {
        if (this._timeout) {
          clearTimeout(this._timeout);
        }
        if (!err) {
          return false;
        }
        var currentTime = (/* @__PURE__ */ new Date()).getTime();
        if (err && currentTime - this._operationStart >= this._maxRetryTime) {
          this._errors.unshift(new Error("RetryOperation timeout occurred"));
          return false;
        }
        this._errors.push(err);
        var timeout = this._timeouts.shift();
        if (timeout === void 0) {
          if (this._cachedTimeouts) {
            this._errors.splice(this._errors.length - 1, this._errors.length);
            this._timeouts = this._cachedTimeouts.slice(0);
            timeout = this._timeouts.shift();
          } else {
            return false;
          }
        }
        var self = this;
        var timer = setTimeout(function() {
          self._attempts++;
          if (self._operationTimeoutCb) {
            self._timeout = setTimeout(function() {
              self._operationTimeoutCb(self._attempts);
            }, self._operationTimeout);
            if (self._options.unref) {
              self._timeout.unref();
            }
          }
          self._fn(self._attempts);
        }, timeout);
        if (this._options.unref) {
          timer.unref();
        }
        return true;
      };
      RetryOperation.prototype.attempt = function(fn, timeoutOps) {
        this._fn = fn;
        if (timeoutOps) {
          if (timeoutOps.timeout) {
            this._operationTimeout = timeoutOps.timeout;
          }
          if (timeoutOps.cb) {
            this._operationTimeoutCb = timeoutOps.cb;
          }
        }
        var self = this;
        if (this._operationTimeoutCb) {
          this._timeout = setTimeout(function() {
            self._operationTimeoutCb();
          }, self._operationTimeout);
        }
        this._operationStart = (/* @__PURE__ */ new Date()).getTime();
        this._fn(this._attempts);
      };
      RetryOperation.prototype.try = function(fn) {
        console.log("Using RetryOperation.try() is deprecated");
        this.attempt(fn);
      };
      RetryOperation.prototype.start = function(fn) {
        console.log("Using RetryOperation.start() is deprecated");
        this.attempt(fn);
      };
      RetryOperation.prototype.start = RetryOperation.prototype.try;
      RetryOperation.prototype.errors = function() {
        return this._errors;
      };
      RetryOperation.prototype.attempts = function() {
        return this._attempts;
      };
      RetryOperation.prototype.mainError = function() {
        if (this._errors.length === 0) {
          return null;
        }
        var counts = {};
        var mainError = null;
        var mainErrorCount = 0;
        for (var i = 0; i < this._errors.length; i++) {
          var error = this._errors[i];
          var message = error.message;
          var count = (counts[message] || 0) + 1;
          counts[message] = count;
          if (count >= mainErrorCount) {
            mainError = error;
            mainErrorCount = count;
          }
        }
        return mainError;
      };
    })
  ),
  /***/
  6627: (
    /***/
    ((module, __unused_webpack_exports, __webpack_require__) => {
      var process2 = global.process;
      const processOk = function(process3) {
        return process3 && typeof process3 === "object" && typeof process3.removeListener === "function" && typeof process3.emit === "function" && typeof process3.reallyExit === "function" && typeof process3.listeners === "function" && typeof process3.kill === "function" && typeof process3.pid === "number" && typeof process3.on === "function";
      };
      if (!processOk(process2)) {
        module.exports = function() {
          return function() {
          };
        };
      } else {
        var assert = __webpack_require__(2613);
        var signals = __webpack_require__(1430);
        var isWin = /^win/i.test(process2.platform);
        var EE = __webpack_require__(4434);
        if (typeof EE !== "function") {
          EE = EE.EventEmitter;
        }
        var emitter;
        if (process2.__signal_exit_emitter__) {
          emitter = process2.__signal_exit_emitter__;
        } else {
          emitter = process2.__signal_exit_emitter__ = new EE();
          emitter.count = 0;
          emitter.emitted = {};
        }
        if (!emitter.infinite) {
          emitter.setMaxListeners(Infinity);
          emitter.infinite = true;
        }
        module.exports = function(cb, opts) {
          if (!processOk(global.process)) {
            return function() {
            };
          }
          assert.equal(typeof cb, "function", "a callback must be provided for exit handler");
          if (loaded === false) {
            load();
          }
          var ev = "exit";
          if (opts && opts.alwaysLast) {
            ev = "afterexit";
          }
          var remove = function() {
            emitter.removeListener(ev, cb);
            if (emitter.listeners("exit").length === 0 && emitter.listeners("afterexit").length === 0) {
              unload();
            }
          };
          emitter.on(ev, cb);
          return remove;
        };
        var unload = function unload2() {
          if (!loaded || !processOk(global.process)) {
            return;
          }
          loaded = false;
          signals.forEach(function(sig) {
            try {
              process2.removeListener(sig, sigListeners[sig]);
            } catch (er) {
            }
          });
          process2.emit = originalProcessEmit;
          process2.reallyExit = originalProcessReallyExit;
          emitter.count -= 1;
        };
        module.exports.unload = unload;
        var emit = function emit2(event, code, signal) {
          if (emitter.emitted[event]) {
            return;
          }
          emitter.emitted[event] = true;
          emitter.emit(event, code, signal);
        };
        var sigListeners = {};
        signals.forEach(function(sig) {
          sigListeners[sig] = function listener() {
            if (!processOk(global.process)) {
              return;
            }
            var listeners = process2.listeners(sig);
            if (listeners.length === emitter.count) {
              unload();
              emit("exit", null, sig);
              emit("afterexit", null, sig);
              if (isWin && sig === "SIGHUP") {
                sig = "SIGINT";
              }
              process2.kill(process2.pid, sig);
            }
          };
        });
        module.exports.signals = function() {
          return signals;
        };
        var loaded = false;
        var load = function load2() {
          if (loaded || !processOk(global.process)) {
            return;
          }
          loaded = true;
          emitter.count += 1;
          signals = signals.filter(function(sig) {
            try {
              process2.on(sig, sigListeners[sig]);
              return true;
            } catch (er) {
              return false;
            }
          });
          process2.emit = processEmit;
          process2.reallyExit = processReallyExit;
        };
        module.exports.load = load;
        var originalProcessReallyExit = process2.reallyExit;
        var processReallyExit = function processReallyExit2(code) {
          if (!processOk(global.process)) {
            return;
          }
          process2.exitCode = code || /* istanbul ignore next */
          0;
          emit("exit", process2.exitCode, null);
          emit("afterexit", process2.exitCode, null);
          originalProcessReallyExit.call(process2, process2.exitCode);
        };
        var originalProcessEmit = process2.emit;
        var processEmit = function processEmit2(ev, arg) {
          if (ev === "exit" && processOk(global.process)) {
            if (arg !== void 0) {
              process2.exitCode = arg;
            }
            var ret = originalProcessEmit.apply(this, arguments);
            emit("exit", process2.exitCode, null);
            emit("afterexit", process2.exitCode, null);
            return ret;
          } else {
            return originalProcessEmit.apply(this, arguments);
          }
        };
      }
    })
  ),
  /***/
  1430: (
    /***/
    ((module) => {
      module.exports = [
        "SIGABRT",
        "SIGALRM",
        "SIGHUP",
        "SIGINT",
        "SIGTERM"
      ];
      if (process.platform !== "win32") {
        module.exports.push(
          "SIGVTALRM",
          "SIGXCPU",
          "SIGXFSZ",
          "SIGUSR2",
          "SIGTRAP",
          "SIGSYS",
          "SIGQUIT",
          "SIGIOT"
          // should detect profiler and enable/disable accordingly.
          // see #21
          // 'SIGPROF'
        );
      }
      if (process.platform === "linux") {
        module.exports.push(
          "SIGIO",
          "SIGPOLL",
          "SIGPWR",
          "SIGSTKFLT",
          "SIGUNUSED"
        );
      }
    })
  )
};
