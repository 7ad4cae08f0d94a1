// The same breaking changes pass with a major version bump (baseline read from a file), and are
// still listed for information.
def log = new File(basedir, 'build.log').text
assert log.count('Breaking change allowed by the major version bump') == 4
assert log.contains("option 'header' was removed (since 0.1.0)")
assert log.contains('tributary:check: 1 connector metadata document OK')
return true
