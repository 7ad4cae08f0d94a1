// tributary:docs rewrites the marked table from the metadata, leaves the rest of the README alone,
// and tributary:check then finds nothing to report.
def readme = new File(basedir, 'README.md').text
assert !readme.contains('| a table written by hand |')
assert readme.startsWith('# http-source\n\nIts options:\n\n<!-- tributary:options http-source -->\n|Flag|Type|Default|Required|Secret|Description|\n')
assert readme.endsWith('<!-- /tributary:options -->\n\nThe end.\n')
assert readme.contains('|`--endpoint`|')
def log = new File(basedir, 'build.log').text
assert log.contains('tributary:docs: rewrote the options tables of README.md')
assert log.contains('tributary:check: 1 connector metadata document OK')
return true
