/**
 * The one preconfigured Jackson mapper ({@link dev.llmisvc.api.yaml.LlmisvcMapper}) that reads and
 * writes the models as YAML or JSON and converts them to and from JSON trees.
 */
package dev.llmisvc.api.yaml;
