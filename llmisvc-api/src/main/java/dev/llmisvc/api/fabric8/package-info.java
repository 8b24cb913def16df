/**
 * The common base of the fabric8 resource adapters: mutable beans that fabric8's typed client
 * creates and fills, converted to and from the immutable models through the one mapper.
 */
package dev.llmisvc.api.fabric8;
