# The targets of an example connector's Makefile (the Fluvio convention: `make build` and
# `make test` in the connector's folder). The Makefile sets NAME, its folder and jar name, and
# includes this file.
ROOT := ../..
MVN ?= mvn -q -B
JAR := target/$(NAME).jar
TESTKIT := $(ROOT)/testkit/target/tributary-testkit.jar
# In the Tributary reactor, with the modules it needs; a copy outside it: BUILD='mvn install'.
BUILD ?= cd $(ROOT) && $(MVN) -pl examples/$(NAME) -am install -DskipTests
SOURCES := pom.xml $(shell find src $(ROOT)/runtime/src/main $(ROOT)/processor/src/main -type f)

.PHONY: build test

build:
	$(BUILD)

$(JAR): $(SOURCES)
	$(MAKE) build

$(TESTKIT):
	cd $(ROOT) && $(MVN) -pl testkit -am install -DskipTests

# SKIP_JUNIT=1: the root `make test` has just run the JUnit tests in its reactor build.
test: $(JAR) $(TESTKIT)
	$(if $(SKIP_JUNIT),,$(MVN) -f pom.xml test)
	rm -rf target/bats-report && mkdir -p target/bats-report
	bats --report-formatter junit --output target/bats-report test
