package io.hookwire.processor.reading;

import io.hookwire.processor.model.KnownTypes;
import io.hookwire.processor.model.ReturnKind;
import io.hookwire.processor.model.TypeShape;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Sorts parameter and return types into the kinds the generated code handles differently. */
final class TypeClassifier {

  private TypeClassifier() {}

  static TypeShape shapeOf(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE ? TypeShape.BYTES : TypeShape.TYPED;
    }
    return switch (qualifiedName(type)) {
      case KnownTypes.WEBHOOK_REQUEST -> TypeShape.REQUEST;
      case KnownTypes.STRING -> TypeShape.STRING;
      case KnownTypes.JSON_NODE -> TypeShape.JSON_TREE;
      case KnownTypes.OPTIONAL -> isOptionalOfString(type) ? TypeShape.OPTIONAL_STRING : TypeShape.OPTIONAL_OTHER;
      default -> TypeShape.TYPED;
    };
  }

  static ReturnKind returnKindOf(TypeMirror type) {
    if (type.getKind() == TypeKind.VOID) {
      return ReturnKind.VOID;
    }
    if (type.getKind() == TypeKind.BOOLEAN) {
      return ReturnKind.BOOLEAN;
    }
    return switch (qualifiedName(type)) {
      case KnownTypes.STRING -> ReturnKind.STRING;
      case KnownTypes.WEBHOOK_RESPONSE -> ReturnKind.RESPONSE;
      default -> ReturnKind.OTHER;
    };
  }

  private static boolean isOptionalOfString(TypeMirror type) {
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    return arguments.size() == 1 && qualifiedName(arguments.get(0)).equals(KnownTypes.STRING);
  }

  private static String qualifiedName(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }
}
