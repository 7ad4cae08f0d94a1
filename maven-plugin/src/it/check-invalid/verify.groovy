// Every problem of the hand-broken documents is reported, the errors in one failure, with file,
// JSON pointer, rule id and a fix; the two lint warnings are logged as warnings.
def log = new File(basedir, 'build.log').text
def file = 'target/classes/META-INF/tributary/connectors/http-source.json'
def expected = [
    "${file}#/direction: [TRIB-METADATA]",
    "${file}#/version: [TRIB-METADATA]",
    "${file}#/homepage: [TRIB-METADATA]",
    "${file}#/schema/properties/interval/type: [TRIB-SCHEMA-DRAFT7]",
    "${file}#/schema/properties/endpoint: [TRIB-LINT-DESCRIPTION]",
    "${file}#/schema/properties/api-key: [TRIB-LINT-SECRET]",
    "${file}#/schema/properties/retries/default: [TRIB-LINT-DEFAULT]",
    "${file}#/schema/properties/endpoint/examples/0: [TRIB-LINT-EXAMPLE]",
    "${file}#/schema/properties/method/enum/1: [TRIB-LINT-ENUM]",
    "${file}#/schema/required/1: [TRIB-LINT-REQUIRED]",
    "target/classes/META-INF/tributary/connectors/broken.json: [TRIB-JSON]",
]
expected.each { assert log.contains(it.toString()) : "build.log lacks: ${it}" }
def warnings = ["${file}#/schema/properties/endpoint: [TRIB-LINT-DESCRIPTION]",
                "${file}#/schema/properties/api-key: [TRIB-LINT-SECRET]"]
warnings.each { assert log.contains("[WARNING] ${it}".toString()) : "not a warning: ${it}" }
assert log.contains("${expected.size() - warnings.size()} problems in connector metadata:")
assert log.count('. Fix: ') >= expected.size()
assert log.count('[TRIB-') == expected.size() : 'one failure, each problem listed once'
return true
