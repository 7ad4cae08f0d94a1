// The project generated with its own version and the default package and class names (see
// archetype.properties; `mvn validate` only: the file-source project builds and tests one).
def projectDir = context.projectDir   // the generated project (the script runner's context)
def file = { path -> def f = new File(projectDir, path); assert f.isFile() : "no ${path}"; f }
def java = 'src/main/java/com/example/webfeed'
assert file("${java}/WebFeed.java").text.contains('package com.example.webfeed;')
assert file("${java}/WebFeedOptions.java").text.contains('@Connector(name = "web-feed"')
file('src/test/java/com/example/webfeed/WebFeedTest.java')
assert file('web-feed').canExecute()

// The project's version where the project's version belongs; Tributary's stays Tributary's.
def pom = file('pom.xml').text
assert pom.contains('<artifactId>web-feed</artifactId>\n  <version>2.3.4-SNAPSHOT</version>')
assert pom.contains('<artifactId>tributary-connector-parent</artifactId>\n    <version>0.1.0</version>')
def bats = file('test/cli.bats').text
['.version == "2.3.4-SNAPSHOT"', '[ "$output" = "web-feed 2.3.4-SNAPSHOT" ]', '  version: 2.3.4-SNAPSHOT'].each {
  assert bats.contains(it) : "test/cli.bats does not check ${it}"
}
assert !bats.contains('"0.1.0"') && !bats.contains(' 0.1.0"') : 'test/cli.bats still checks version 0.1.0'
true
