var a = true, b = false, c = undefined, d = null;
var n = [1.50, 0.5, 1000000, 0x10, 1e-7, 2.0e+3];
var s = ['it\'s', "say \"hi\"", 'tab\there', "\u0041"];
var o = { "quoted": 1, 'single': 2, plain: 3, "not-ident": 4 };
if (typeof a == "undefined" || a !== void 0) { console.log(a, b, c, d, n, s, o); }
