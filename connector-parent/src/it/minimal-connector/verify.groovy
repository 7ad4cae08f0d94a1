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
process.consumeProcessOutput(out, new ByteArrayOutputStream())
assert process.waitFor() == 0
assert out.toByteArray() == resource.bytes

assert log.contains(':check (check-metadata) @ greeter-source')
assert log.contains('tributary:check: 1 connector metadata document OK')
assert !new File(basedir, 'dependency-reduced-pom.xml').exists()

// The Jackson version the parent manages for connectors is the one tributary-runtime ships.
def parentPom = new groovy.xml.XmlSlurper().parse(new File(basedir, '../../../pom.xml'))
def rootPom = new groovy.xml.XmlSlurper().parse(new File(basedir, '../../../../pom.xml'))
assert parentPom.properties.'tributary.jackson.version'.text() == rootPom.properties.'jackson.version'.text()
return true
