/**
 * Turns an effective spec into the Kubernetes objects KServe's controller creates. Not written yet:
 * the module exists so the layout of the build is settled.
 */
package dev.llmisvc.render;
