/**
 * Names KServe derives for the objects it creates ({@link dev.llmisvc.api.naming.ChildName}): a
 * leaf package that the template engine, the composer and the renderer share.
 */
package dev.llmisvc.api.naming;
