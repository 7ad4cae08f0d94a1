def log = new File(basedir, 'build.log').text
assert log.contains('tributary-maven-plugin:') && log.contains(':check (default)')
assert log.contains('tributary:check: 1 connector metadata document OK')
assert !log.contains('[TRIB-')
return true
