/** Validators: each checks an element and returns a report; none prints. */
package io.tributary.processor.validate;
