/** The interface between generated connector code and the runtime; not for hand-written code. */
package io.tributary.spi;
