/**
 * Runs Fluvio SmartModules inside the JVM on Chicory. Entry point: {@link
 * io.tributary.smartmodule.SmartModuleChain#load}; see {@code docs/smartmodules.md}.
 */
package io.tributary.smartmodule;
