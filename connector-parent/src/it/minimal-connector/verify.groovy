// A connector that inherits the parent and declares only tributary-runtime: the processor ran with
// the project version, the executable jar is target/<artifactId>.jar, and tributary:check ran,
// including the byte-for-byte comparison with `java -jar … metadata`.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def resource = new File(basedir, 'target/classes/META-INF/tributary/connectors/greeter-source.json')
assert resource.isFile()
def metadata = new JsonSlurper().parse(resource)
assert metadata.name == 'greeter-source'
assert metadata.version == '1.2.0' : 'the processor got -Atributary.version=${project.version}'
assert metadata.direction == 'source'

def jar = new File(basedir, 'target/greeter-source.jar')
assert jar.isFile()
def manifest = new java.util.jar.JarFile(jar).manifest.mainAttributes
assert manifest.getValue('Main-Class') == 'io.tributary.cli.Main'

def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = [java, '-jar', jar.path, 'metadata'].execute()
def out = new ByteArrayOutputStream()
process.waitForProcessOutput(out, new ByteArrayOutputStream())
assert process.exitValue() == 0
assert out.toByteArray() == resource.bytes

// target/greeter-source: one executable file (launcher + jar) that runs from a folder holding
// only it, with nothing but a Java runtime on the PATH.
def single = new File(basedir, 'target/greeter-source')
assert single.isFile() && single.canExecute()
assert single.text.startsWith('#!/bin/sh\n')
def alone = java.nio.file.Files.createTempDirectory('single-executable').toFile()
def copy = new File(alone, 'greeter-source')
java.nio.file.Files.copy(single.toPath(), copy.toPath())
copy.setExecutable(true)
def env = ["PATH=${new File(System.getProperty('java.home'), 'bin').path}", "HOME=${alone.path}"]
def runAlone = { List<String> args ->
  def p = (['./greeter-source'] + args).execute(env, alone)
  def o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream()
  p.waitForProcessOutput(o, e) // waits for the process and for its output to be read
  [p.exitValue(), o.toString('UTF-8'), e.toString('UTF-8')]
}
def (code, stdout, stderr) = runAlone(['metadata'])
assert code == 0 : stderr
assert stdout.getBytes('UTF-8') == resource.bytes
// One connector in the jar: the launcher prints the metadata itself (no JVM, so nothing that
// JAVA_OPTS asks the JVM to log); its single quotes survive. TRIBUTARY_CONNECTOR hands it to the
// JVM, which prints the same bytes, or says the name is unknown.
assert resource.getText('UTF-8').contains("'")
def runWith = { List<String> extraEnv, List<String> args ->
  def p = (['./greeter-source'] + args).execute(env + extraEnv, alone)
  def o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream()
  p.waitForProcessOutput(o, e)
  [p.exitValue(), o.toByteArray(), e.toString('UTF-8')]
}
def (shellCode, shellOut, shellErr) = runWith(['JAVA_OPTS=-Xlog:class+load:stderr'], ['metadata'])
assert shellCode == 0 && shellOut == resource.bytes && shellErr.isEmpty() : shellErr
def (jvmCode, jvmOut, jvmErr) = runWith(
    ['TRIBUTARY_CONNECTOR=greeter-source', 'JAVA_OPTS=-Xlog:class+load:stderr'], ['metadata'])
assert jvmCode == 0 && jvmOut == resource.bytes && jvmErr.contains('io.tributary.cli.Main')
def (otherCode, otherOut, otherErr) = runWith(['TRIBUTARY_CONNECTOR=other'], ['metadata'])
assert otherCode == 2 && otherOut.length == 0 && otherErr.contains("no metadata for connector 'other'")
(code, stdout, stderr) = runAlone(['--fluvio-topic', 'greetings', '--dry-run', '--count', '2',
    '--greeting', 'hi'])
assert code == 0 : stderr
assert stdout.readLines().size() == 2 && stdout.readLines().every { it.contains('"value":"hi"') }
// the CDK's contract: --config with the CDK layout (meta + the custom section)
def config = new File(alone.parentFile, "${alone.name}.yaml")
config.text = 'apiVersion: 0.1.0\nmeta:\n  name: greeter\n  type: greeter-source\n  version: 1.2.0\n' +
    '  topic: greetings\ngreeter-source:\n  greeting: from-config\n  count: 1\n'
(code, stdout, stderr) = runAlone(['--config', config.path, '--dry-run'])
assert code == 0 : stderr
assert stdout.readLines() == stdout.readLines().findAll { it.contains('"value":"from-config"') }
assert stdout.readLines().size() == 1
(code, stdout, stderr) = runAlone(['--count', '0', '--fluvio-topic', 't', '--dry-run'])
assert code == 2 && stderr.contains('--count: must be at least 1')
assert alone.list() as List == ['greeter-source']

// target/greeter-source.jsa: the class-data sharing archive its launcher maps. A copy of the
// executable elsewhere does not match it, and a damaged archive is ignored, without a word.
assert new File(basedir, 'target/greeter-source.jsa').isFile()
def traced = [single.path, 'validate', '--fluvio-topic', 'greetings'].execute(
    env + ['JAVA_OPTS=-Xlog:class+load'], alone)
def tracedOut = new ByteArrayOutputStream()
traced.waitForProcessOutput(tracedOut, new ByteArrayOutputStream())
assert traced.exitValue() == 0
assert tracedOut.toString('UTF-8').contains('source: shared objects file (top)')
new File(alone, 'greeter-source.jsa').bytes = new byte[4096]
(code, stdout, stderr) = runAlone(['metadata'])
assert code == 0 && stderr.isEmpty() : stderr
assert stdout.getBytes('UTF-8') == resource.bytes
new File(basedir, 'target/greeter-source.jsa').withInputStream { inp ->
  new File(alone, 'greeter-source.jsa').bytes = inp.readAllBytes()
}
(code, stdout, stderr) = runAlone(['metadata'])
assert code == 0 && stderr.isEmpty() : stderr
assert stdout.getBytes('UTF-8') == resource.bytes

assert log.contains(':check (check-metadata) @ greeter-source')
assert log.contains('tributary:check: 1 connector metadata document OK')
assert !new File(basedir, 'dependency-reduced-pom.xml').exists()

// The Jackson version the parent manages for connectors is the one tributary-runtime ships.
def parentPom = new groovy.xml.XmlSlurper().parse(new File(basedir, '../../../pom.xml'))
def rootPom = new groovy.xml.XmlSlurper().parse(new File(basedir, '../../../../pom.xml'))
assert parentPom.properties.'tributary.jackson.version'.text() == rootPom.properties.'jackson.version'.text()
return true
