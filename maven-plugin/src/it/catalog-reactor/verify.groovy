// The reactor's catalog lists both connectors, sorted, and is a valid catalog document; the pages
// have one section per connector with a row per option.
import groovy.json.JsonSlurper

def dir = new File(basedir, 'target/catalog')
def json = new File(dir, 'catalog.json')
def catalog = new JsonSlurper().parse(json)
assert catalog.'$schema' == 'https://tributary.io/schemas/connector-catalog-v1.json'
assert catalog.keySet() as List == ['$schema', 'connectors']
assert catalog.connectors*.name == ['file-sink', 'z-source']
assert catalog.connectors*.direction == ['sink', 'source']
catalog.connectors.each { c ->
  assert c.keySet() as List == ['name', 'direction', 'schema', 'version', 'description']
  assert c.name ==~ /^[a-z][a-z0-9-]*$/
  assert c.version ==~ /^\d+\.\d+\.\d+.*/
  assert c.description
  assert c.schema.'$schema' == 'http://json-schema.org/draft-07/schema#'
}
assert json.text.endsWith('}\n')

def html = new File(dir, 'catalog.html').text
def md = new File(dir, 'catalog.md').text
assert html.contains('<section id="file-sink">') && html.contains('<section id="z-source">')
assert !html.contains('<script') && !html.contains('<link') && !html.contains('src=')
['--endpoint', '--interval', '--method', '--retries', '--header', '--token',
 '--path', '--labels', '--password', '--mode'].each { flag ->
  assert html.contains("<code>${flag}</code>") : "catalog.html lacks ${flag}"
  assert md.contains("`${flag}`") : "catalog.md lacks ${flag}"
}
// escaping: the description holds < > and |
assert html.contains('labels as &lt;key&gt;=&lt;value&gt; | repeatable')
assert md.contains('labels as &lt;key&gt;=&lt;value&gt; \\| repeatable')
assert md.contains('|`--password`|string, optional||no|yes|archive password|')
assert md.contains('Deprecated. how to open the file')
return true
