/** Diagnostics: the message catalogue, validation reports and the one class that prints them. */
package io.tributary.processor.diag;
