// A README whose marked options table differs from the metadata fails tributary:check, naming
// the README and how to fix it; the README is left as it was.
def log = new File(basedir, 'build.log').text
assert log.contains("README.md: [TRIB-README-OPTIONS] the options table of 'http-source' differs from its metadata")
assert log.contains('run mvn tributary:docs')
assert new File(basedir, 'README.md').text.contains('| a table written by hand |')
return true
