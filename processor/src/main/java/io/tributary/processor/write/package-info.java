/** Writers: the generated definition class and the aggregate resources. */
package io.tributary.processor.write;
