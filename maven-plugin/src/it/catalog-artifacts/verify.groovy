import groovy.json.JsonSlurper

def catalog = new JsonSlurper().parse(new File(basedir, 'target/catalog/catalog.json'))
assert catalog.connectors*.name == ['http-source']
assert catalog.connectors[0].version == '0.1.0'
assert new File(basedir, 'target/catalog/catalog.html').text.contains('<section id="http-source">')

def log = new File(basedir, 'build.log').text
assert log.contains('io.tributary.it:no-such-connector:9.9.9: [TRIB-ARTIFACT] cannot resolve')
assert !new File(basedir, 'target/none').exists()
return true
