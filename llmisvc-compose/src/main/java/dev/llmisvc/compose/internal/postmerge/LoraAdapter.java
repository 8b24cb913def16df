package dev.llmisvc.compose.internal.postmerge;

/**
 * A LoRA adapter as KServe enumerates it for the workload builders.
 *
 * @param name the adapter name
 * @param mountPath {@code /mnt/lora/<name with characters outside [A-Za-z0-9._-] replaced by '-'>},
 *     or {@code /mnt/lora/adapter} when that is empty, {@code .} or {@code ..}
 * @param uri the adapter URI as written
 * @param scheme {@code hf}, {@code s3} or {@code pvc}
 */
public record LoraAdapter(String name, String mountPath, String uri, String scheme) {}
