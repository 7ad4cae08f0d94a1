// Breaking changes against release 0.1.0 (resolved by Maven as io.tributary.it:http-source:0.1.0)
// fail a 0.2.0 build, each one reported.
def log = new File(basedir, 'build.log').text
def file = 'target/classes/META-INF/tributary/connectors/http-source.json'
[
    "${file}#/schema/properties/header: [TRIB-COMPAT-REMOVED] option 'header' was removed (since 0.1.0)",
    "${file}#/schema/properties/method/enum: [TRIB-COMPAT-NARROWED] option 'method' accepts less: enum no longer accepts \"POST\"",
    "${file}#/schema/properties/retries/maximum: [TRIB-COMPAT-NARROWED]",
    "${file}#/schema/properties/topic-key: [TRIB-COMPAT-REQUIRED] new option 'topic-key' is required",
].each { assert log.contains(it.toString()) : "build.log lacks: ${it}" }
assert log.contains('4 problems in connector metadata:')
return true
