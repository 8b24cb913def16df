/**
 * Which model class a KServe resource document maps to, by {@code apiVersion} and {@code kind}, and
 * reading a document into it. Sits above the models and the mapper, so neither depends on the other
 * through it.
 */
package dev.llmisvc.api.resource;
