// Runs after `mvn archetype:generate` has written the project. In batch mode the archetype plugin
// does not check the properties against the descriptor's validationRegex, so this checks them
// as scripts/new-connector.sh does; on a bad one it removes the files the archetype wrote (the
// list in META-INF/tributary/archetype-files.txt) and fails naming the property and the
// expected form. Otherwise it makes the launcher script executable, as the copy's is.
import java.nio.file.Files

def javaName = /[A-Za-z_][A-Za-z0-9_]*/
def keywords = ('abstract assert boolean break byte case catch char class const continue default do double ' +
    'else enum extends final finally float for goto if implements import instanceof int interface long ' +
    'native new package private protected public return short static strictfp super switch ' +
    'synchronized this throw throws transient try void volatile while true false null _').split(' ') as Set

def artifactId = request.artifactId
def groupId = request.groupId
def pkg = request.getPackage()
def className = request.getProperties().getProperty('className')
def problems = []
if (!(artifactId ==~ /[a-z][a-z0-9]*(-[a-z0-9]+)*/)) {
  problems << "-DartifactId: '${artifactId}' is not a connector name; expected lower-case words joined by '-' (e.g. file-source)"
}
if (!(groupId ==~ /${javaName}(\.${javaName})*/)) {
  problems << "-DgroupId: '${groupId}' is not a Maven groupId; expected dot-separated names (e.g. com.example)"
}
if (!(pkg ==~ /[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)*/)) {
  problems << "-Dpackage: '${pkg}' is not a Java package; expected dot-separated lower-case names (e.g. com.example.filesource)"
} else {
  pkg.split('\\.').findAll { keywords.contains(it) }.each { problems << "-Dpackage: '${it}' is a Java keyword" }
}
if (!(className ==~ /[A-Z][A-Za-z0-9_]*/)) {
  problems << "-DclassName: '${className}' is not a class name; expected a capitalised Java name (e.g. FileSource)"
}

def project = new File(request.outputDirectory, artifactId)
def listing = Thread.currentThread().contextClassLoader.getResourceAsStream('META-INF/tributary/archetype-files.txt')
def files = listing.readLines('UTF-8').findAll { it }.collect { line ->
  def (mode, path) = line.split(' ', 2)
  path = path.replace('__packagePath__', pkg.replace('.', '/'))
      .replace('__className__', className).replace('__artifactId__', artifactId)
  [mode: mode, file: new File(project, path)]
}

if (problems) {
  files.each { it.file.delete() }
  // Then the folders left empty, deepest first, up to and including the project's.
  files.collect { it.file.parentFile }.unique().sort { -it.path.length() }.each { dir ->
    for (def d = dir; d != null && d.path.startsWith(project.path) && d.list()?.length == 0; d = d.parentFile) {
      d.delete()
    }
  }
  throw new IllegalArgumentException(problems.join('\n'))
}
files.findAll { it.mode == '755' }.each { it.file.setExecutable(true, false) }
