/**
 * The controller-wide settings that change what KServe composes and renders (its {@code
 * inferenceservice-config} ConfigMap and environment), as one immutable value shared by the
 * composer and the renderer.
 */
@ApiStyle
package dev.llmisvc.api.settings;

import dev.llmisvc.api.ApiStyle;
