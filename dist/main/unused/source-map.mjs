// Stands in for source-map in the bundles (script/ncc-build.mjs maps it here).
// Handlebars' compiler imports it only to build source maps of compiled templates, which
// osc-chroot never asks for; without a SourceNode export Handlebars uses its own small stand-in
// (handlebars/dist/cjs/handlebars/compiler/code-gen.js), so about 100 KB of code is not loaded
// by every process.
export {}
