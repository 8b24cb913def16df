package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeploymentTest {

  @Test
  void theServiceIsValidComposesAndRenders() {
    assertEquals(java.util.List.of(), Deployment.problems());
    assertEquals(3, Deployment.compose().effective().spec().replicas().orElseThrow());
    assertTrue(
        Deployment.renderedKinds().contains("Deployment"), Deployment.renderedKinds().toString());
  }
}
