// Java and Go texts for the language tests: findings, every kind of disable comment, a local syntax error,
// a file that does not parse at all, and positions after non-ASCII text, an emoji, CRLF line ends and a BOM.

export const JAVA_WITH_DIRECTIVES = `class Client {
  void configure() {
    pool.build();
    // eslint-disable-next-line test/build-call -- configured by the caller
    quiet.build();
    other.build(); // eslint-disable-line test/build-call
    /* eslint-disable test/build-call */
    first.build();
    second.build();
    /* eslint-enable test/build-call */
    last.build();
    // eslint-disable-next-line test/build-call
    nothing();
  }
}
`;

export const JAVA_RULE_OFF = `/* eslint test/build-call: "off" */
class Off {
  void configure() { pool.build(); }
}
`;

/** `foo#bar` is no Java: tree-sitter wraps it in a local ERROR node and parses the rest. */
export const JAVA_WITH_LOCAL_ERROR = `class Partial {
  void configure() {
    var x = foo#bar;
    pool.build();
  }
}
`;

export const NOT_JAVA = '}}}\n';

export const GO_WITH_DIRECTIVES = `package main

func main() {
\tclient.Build()
\t// eslint-disable-next-line test/build-call -- configured by the caller
\tquiet.Build()
\tother.Build() // eslint-disable-line test/build-call
\t/* eslint-disable test/build-call */
\tfirst.Build()
\t/* eslint-enable test/build-call */
}
`;

/** Go 1.26's `new(expr)` is unknown to tree-sitter-go 0.25.0: a local error, the rest is checked. */
export const GO_WITH_LOCAL_ERROR = `package main

var weight = new(1)

func main() { client.Build() }
`;

/** BOM, CRLF, "é" (one UTF-16 unit) and "😀" (two) before the call on line 2. */
export const JAVA_UNICODE = '\uFEFFclass U {\r\n  String s = "é😀"; void f() { p.build(); }\r\n}\r\n';
/** ESLint's 1-based column of `build` on line 2 of JAVA_UNICODE: 14 + "é" 1 + "😀" 2 + 16 characters before it. */
export const JAVA_UNICODE_BUILD_COLUMN = 34;

export const GO_UNICODE = '\uFEFFpackage main\r\n\r\n// “smart quotes” and 😀\r\nfunc main() { s := "😀"; c.Build() }\r\n';

export const JS_WITH_UNUSED_VARIABLE = 'const unused = 1;\n';
