// After `mvn verify` of the project generated with archetype.properties (which ran its JUnit
// tests and tributary:check): the launcher is executable and prints the connector's metadata,
// and the JUnit tests ran, none skipped.
def projectDir = context.projectDir   // the generated project (the script runner's context)
def launcher = new File(projectDir, 'file-source')
assert launcher.canExecute() : "${launcher} is not executable"
def process = [launcher.path, 'metadata'].execute(null, projectDir)
def output = process.text
assert process.waitFor() == 0 : "file-source metadata exited ${process.exitValue()}: ${process.err.text}"
assert output.contains('"name":"file-source"') : "metadata without the connector's name: ${output}"
assert output.contains('"version":"0.1.0"') : "metadata without the project's version: ${output}"
def report = new File(projectDir, 'target/surefire-reports/TEST-org.acme.filesource.FileSourceTest.xml')
assert report.isFile() : "no JUnit report ${report}"
def suite = (report.text =~ /<testsuite [^>]*>/)[0]
def count = { name -> (suite =~ /\b${name}="(\d+)"/)[0][1].toInteger() }
assert count('tests') > 0 && count('failures') == 0 && count('errors') == 0 && count('skipped') == 0 : "JUnit: ${suite}"
true
