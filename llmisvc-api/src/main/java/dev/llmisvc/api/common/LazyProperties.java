package dev.llmisvc.api.common;

import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.AnnotationIntrospector;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.CreatorProperty;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.AccessPattern;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a mapper find the deserializer of a property of a fabric8 model, or of one of this
 * project's models, when a value of that property is first read, not when the model's own
 * deserializer is built. Other classes keep Jackson's behaviour.
 *
 * <p>Jackson builds a bean's deserializer together with the deserializers of all its properties'
 * types, and theirs, so the first read of any pod spec builds about 150 deserializers: every volume
 * source, probe and affinity type of {@code PodSpec}, whether the input has them or not. Each is
 * built from reflection and annotations, which a fresh JVM runs interpreted: the largest part (two
 * fifths) of a cold {@code llmisvc render} before this modifier. With it a read builds only the
 * deserializers of the types its input holds. The deserializer found later is the one Jackson would
 * have found (the same lookup and contextualisation, with the same property), so what is read, and
 * every error, is unchanged.
 *
 * <p>A property keeps Jackson's own resolution whenever its deserializer is needed before the first
 * read: a creator parameter, a polymorphic, unwrapped, merged, converted or referenced property, an
 * object-id type, or a non-static inner class. fabric8's models have none of these; the checks keep
 * the modifier correct if a later release adds one. {@code LazyPropertiesTest} reads every field of
 * the embedded fabric8 types, and every one-place fault in them, with and without it.
 *
 * <p>Support for the mappers of this API; not meant to be called by users.
 */
public final class LazyProperties extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  private LazyProperties() {}

  /**
   * Registers the modifier on {@code mapper}.
   *
   * @param mapper the mapper, changed in place
   * @return {@code mapper}
   */
  public static ObjectMapper apply(ObjectMapper mapper) {
    return mapper.registerModule(
        new SimpleModule("llmisvc-lazy-properties").setDeserializerModifier(new LazyProperties()));
  }

  @Override
  public BeanDeserializerBuilder updateBuilder(
      DeserializationConfig config, BeanDescription beanDesc, BeanDeserializerBuilder builder) {
    String name = beanDesc.getBeanClass().getName();
    if (!name.startsWith("io.fabric8.") && !name.startsWith("dev.llmisvc.")) {
      return builder;
    }
    AnnotationIntrospector introspector = config.getAnnotationIntrospector();
    List<SettableBeanProperty> lazy = new ArrayList<>();
    builder
        .getProperties()
        .forEachRemaining(
            p -> {
              if (canWait(p, introspector)) {
                lazy.add(p);
              }
            });
    for (SettableBeanProperty p : lazy) {
      builder.addOrReplaceProperty(p.withValueDeserializer(new Lazy(p.getType(), null)), true);
    }
    return builder;
  }

  private static boolean canWait(SettableBeanProperty p, AnnotationIntrospector introspector) {
    AnnotatedMember member = p.getMember();
    Class<?> raw = p.getType().getRawClass();
    return !p.hasValueDeserializer()
        && !p.hasValueTypeDeserializer()
        && !(p instanceof CreatorProperty)
        && p.getObjectIdInfo() == null
        && p.getManagedReferenceName() == null
        && p.getMetadata().getMergeInfo() == null
        && member != null
        && (introspector == null
            || (introspector.findDeserializationConverter(member) == null
                && introspector.findUnwrappingNameTransformer(member) == null
                && introspector.findReferenceType(member) == null))
        && !ClassUtil.isNonStaticInnerClass(raw)
        && raw.getAnnotation(JsonIdentityInfo.class) == null;
  }

  /**
   * A property's deserializer, found on first use. Jackson contextualises it like any property
   * deserializer; the copy bound to the property then finds the real one the way the bean's
   * resolution would have: the type's deserializer, contextualised for that property.
   */
  private static final class Lazy extends JsonDeserializer<Object>
      implements ContextualDeserializer {
    private final JavaType type;
    private final BeanProperty property;
    private volatile JsonDeserializer<Object> target;

    Lazy(JavaType type, BeanProperty property) {
      this.type = type;
      this.property = property;
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext ctxt, BeanProperty property) {
      return new Lazy(type, property);
    }

    @SuppressWarnings("unchecked")
    private JsonDeserializer<Object> target(DeserializationContext ctxt)
        throws JsonMappingException {
      JsonDeserializer<Object> t = target;
      if (t == null) {
        t =
            (JsonDeserializer<Object>)
                ctxt.handlePrimaryContextualization(
                    ctxt.findNonContextualValueDeserializer(type), property, type);
        target = t;
      }
      return t;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return target(ctxt).deserialize(p, ctxt);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue)
        throws IOException {
      return target(ctxt).deserialize(p, ctxt, intoValue);
    }

    @Override
    public Object deserializeWithType(
        JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
        throws IOException {
      return target(ctxt).deserializeWithType(p, ctxt, typeDeserializer);
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
      return target(ctxt).getNullValue(ctxt);
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.DYNAMIC;
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
      return target(ctxt).getAbsentValue(ctxt);
    }

    @Override
    public Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
      return target(ctxt).getEmptyValue(ctxt);
    }

    @Override
    public AccessPattern getEmptyAccessPattern() {
      return AccessPattern.DYNAMIC;
    }

    @Override
    public Class<?> handledType() {
      return type.getRawClass();
    }

    @Override
    public JsonDeserializer<?> getDelegatee() {
      return target;
    }
  }
}
