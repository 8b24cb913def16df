package dev.llmisvc.api.common;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Converts embedded values between beans and trees. Two private mappers: a lenient one for
 * conversions of values already checked, and a strict one that treats fields a fabric8 model does
 * not know as errors (fabric8 would otherwise swallow them into {@code additionalProperties}).
 */
final class Trees {
  private static final ObjectMapper LENIENT =
      LazyProperties.apply(new ObjectMapper())
          .registerModule(new Jdk8Module())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final ObjectMapper STRICT =
      StrictScalars.apply(
          LazyProperties.apply(new ObjectMapper())
              .registerModule(new Jdk8Module())
              .registerModule(
                  new SimpleModule("llmisvc-strict-fabric8")
                      .setDeserializerModifier(new NoAnySetterForFabric8()))
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

  private Trees() {}

  static JsonNode toTree(Object value) {
    return LENIENT.valueToTree(value);
  }

  static <T> T fromTree(JsonNode tree, Class<T> type) {
    if (type == JsonNode.class) {
      return type.cast(tree.deepCopy());
    }
    try {
      return LENIENT.treeToValue(tree, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void checkStrictly(JsonNode tree, Class<?> type) throws JsonMappingException {
    try {
      STRICT.treeToValue(tree, type);
    } catch (JsonMappingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the any-setter of fabric8 models so that unknown fields fail with their path. */
  private static final class NoAnySetterForFabric8 extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public BeanDeserializerBuilder updateBuilder(
        DeserializationConfig config, BeanDescription beanDesc, BeanDeserializerBuilder builder) {
      if (beanDesc.getBeanClass().getName().startsWith("io.fabric8.")) {
        builder.setAnySetter(null);
      }
      return builder;
    }
  }
}
