"""Go's view of a Python value: its kind and its type's name, as ``reflect`` would report them.

One model serves ``fmt`` (``%T``, ``%v``, ``%#v``), the runtime's panic printing
(``printpanicval`` in ``src/runtime/error.go``) and Go's built-in ``print``.

The mapping (see docs/python.md, "Go types"):

======================  ===========  ==============================================
Python value            Go kind      Go type name (``%T``)
======================  ===========  ==============================================
``None``                nil          ``<nil>``
``bool``                bool         ``bool``
``int``                 int          ``int``
``float``               float64      ``float64``
``complex``             complex128   ``complex128``
``str``                 string       ``string``
``bytes``/``bytearray`` slice        ``[]uint8``
``list``                slice        ``[]T`` (T from the elements, else ``interface {}``)
``tuple``               array        ``[N]T``
``dict``                map          ``map[K]V``
``set``/``frozenset``   map          ``map[K]struct {}``
a function              func         ``func(...)`` from its annotations
``Chan``                chan         ``chan T``
an exception            pointer      ``*main.Name``: an error
a dataclass or object   struct       ``main.Name``
======================  ===========  ==============================================

A class names its Go type with the class attribute ``go_type`` (the one hook):
``go_type = "main.Level"`` for a named type, ``go_type = "*main.Conn"`` for a
type used through a pointer (a struct then prints as ``&{...}`` at the top
level and as an address inside another value, as in Go).  Subclasses of
``int``, ``float``, ``str`` and ``bool``-like values are named types of that
kind; ``go_type = "uint8"`` (or any unsigned integer name) makes an ``int``
subclass unsigned.
"""

from __future__ import annotations

import collections
import dataclasses
import enum
import inspect
import sys
import types
import typing
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")

__all__ = [
    "Kind",
    "Pointer",
    "Value",
    "address",
    "deref",
    "error_message",
    "go_type_of",
    "is_error",
    "kind_of",
    "ptr",
    "struct_fields",
]


class Kind(enum.Enum):
    """The Go kind a Python value has (``reflect.Kind``, reduced to what goexit models)."""

    NIL = "nil"
    BOOL = "bool"
    INT = "int"
    UINT = "uint"
    FLOAT = "float"
    COMPLEX = "complex"
    STRING = "string"
    BYTES = "bytes"
    SLICE = "slice"
    ARRAY = "array"
    MAP = "map"
    SET = "set"
    STRUCT = "struct"
    PTRSTRUCT = "ptrstruct"
    FUNC = "func"
    CHAN = "chan"
    POINTER = "pointer"


_UNSIGNED = frozenset({"uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "byte", "abi.BoundsErrorCode"})

# Go type names of goexit's own classes that do not (yet) carry a ``go_type`` attribute.
_KNOWN: dict[str, str] = {
    "goexit.context._CancelCtx": "*context.cancelCtx",
    "goexit.context._TimerCtx": "*context.timerCtx",
    "goexit.context._ValueCtx": "*context.valueCtx",
    "goexit.context._AfterFuncCtx": "*context.afterFuncCtx",
    "goexit.context._WithoutCancelCtx": "context.withoutCancelCtx",
    "goexit.context.DeadlineExceededError": "context.deadlineExceededError",
    "goexit.signal._SignalCtx": "*signal.signalCtx",
    "goexit.signal.SignalError": "*errors.errorString",
    "goexit.sync.WaitGroup": "*sync.WaitGroup",
    "goexit.sync.Mutex": "*sync.Mutex",
    "goexit.sync.Once": "*sync.Once",
}


class Pointer(Generic[T]):
    """Go's ``&x``: a pointer to the object ``x``, which `ptr` makes.

    Attribute reads, writes and method calls go to ``x``; ``fmt`` prints it as
    Go prints a pointer: ``&{1 2}`` at the top level, an address inside another
    value, ``*main.T`` for ``%T``.  Two pointers to the same object are equal.
    Annotate a field ``Pointer[T] | None`` for Go's ``*T`` (``%#v`` of a nil one
    then prints ``(*main.T)(nil)``).
    """

    __slots__ = ("_target",)

    def __init__(self, target: object) -> None:
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name: str) -> Any:
        return getattr(object.__getattribute__(self, "_target"), name)

    def __setattr__(self, name: str, value: object) -> None:
        setattr(self._target, name, value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pointer) and other._target is self._target

    def __hash__(self) -> int:
        return id(self._target)

    def __repr__(self) -> str:
        return f"ptr({self._target!r})"


class Value:
    """Go's ``*p`` for an object whose class is declared a pointer type (``go_type = "*main.T"``): the struct itself.

    `deref` makes it; ``fmt`` prints it as the value ``{1 2}`` of type ``main.T``.
    """

    __slots__ = ("_target",)

    def __init__(self, target: object) -> None:
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name: str) -> Any:
        return getattr(object.__getattribute__(self, "_target"), name)

    def __setattr__(self, name: str, value: object) -> None:
        setattr(self._target, name, value)

    def __repr__(self) -> str:
        return f"deref({self._target!r})"


def ptr(x: T) -> Pointer[T]:
    """Go's ``&x``: a `Pointer` to ``x`` (``fmt`` prints ``&{...}``, ``%T`` is ``*main.T``)."""
    if isinstance(x, Pointer):
        raise TypeError("ptr() of a pointer: goexit does not model pointers to pointers")
    return Pointer(x)


def deref(p: object) -> object:
    """Go's ``*p``: the value a pointer points to.

    For a `Pointer` it is the object itself; for an object whose class says
    ``go_type = "*main.T"`` it is a `Value` that prints as the struct ``main.T``.
    """
    if isinstance(p, Pointer):
        return p._target
    if p is None:
        from goexit.panics import NIL_DEREFERENCE, panic, runtime_error

        panic(runtime_error(NIL_DEREFERENCE))
    return Value(p)


def address(x: object) -> int:
    """The address ``%p`` prints for ``x``: the pointed-to object's for a `Pointer`."""
    if isinstance(x, Pointer | Value):
        return id(object.__getattribute__(x, "_target"))
    return id(x)


class Uint8(int):
    """A ``uint8`` (a ``byte``), as the elements of a ``[]byte`` are seen one by one."""

    go_type = "uint8"


def _package(module: str) -> str:
    if module == "__main__":
        return "main"
    return module.rsplit(".", 1)[-1]


def declared_go_type(cls: type) -> str | None:
    """The Go type name a class declares with ``go_type``, or goexit's own name for it."""
    name = getattr(cls, "go_type", None)
    if isinstance(name, str):
        return name
    known = _KNOWN.get(f"{cls.__module__}.{cls.__qualname__}")
    if known is not None:
        return known
    if cls.__module__ == "goexit.context" and cls.__qualname__ == "_EmptyCtx":
        return "context.backgroundCtx"
    return None


def _is_chan(x: object) -> bool:
    mod = sys.modules.get("goexit.chan")
    return mod is not None and isinstance(x, mod.Chan)


def kind_of(x: object) -> Kind:
    """The Go kind of ``x``."""
    if x is None:
        return Kind.NIL
    if isinstance(x, Pointer):
        target = x._target
        if kind_of(target) in (Kind.STRUCT, Kind.SLICE, Kind.ARRAY, Kind.MAP, Kind.SET, Kind.BYTES):
            return Kind.PTRSTRUCT
        return Kind.POINTER
    if isinstance(x, Value):
        return Kind.STRUCT
    if isinstance(x, bool):
        return Kind.BOOL
    if isinstance(x, enum.Enum) and not isinstance(x, int | float | str):
        return kind_of(x.value)
    if isinstance(x, int):
        declared = declared_go_type(type(x))
        return Kind.UINT if declared in _UNSIGNED else Kind.INT
    if isinstance(x, float):
        return Kind.FLOAT
    if isinstance(x, complex):
        return Kind.COMPLEX
    if isinstance(x, str):
        return Kind.STRING
    if isinstance(x, bytes | bytearray):
        return Kind.BYTES
    if isinstance(x, BaseException):
        declared = declared_go_type(type(x))
        if declared is not None and not declared.startswith("*"):
            under = getattr(x, "_go_underlying", None)
            if callable(under) and (base := under()) is not x:  # a named basic type (runtime.errorString)
                return kind_of(base)
            return _declared_kind(x, declared)
        return Kind.PTRSTRUCT
    if isinstance(x, list | collections.deque):
        return Kind.SLICE
    if isinstance(x, tuple):
        return Kind.ARRAY
    if isinstance(x, dict):
        return Kind.MAP
    if isinstance(x, set | frozenset):
        return Kind.SET
    if _is_chan(x):
        return Kind.CHAN
    if isinstance(x, types.FunctionType | types.BuiltinFunctionType | types.MethodType | types.LambdaType):
        return Kind.FUNC
    declared = declared_go_type(type(x))
    if declared is not None:
        return _declared_kind(x, declared)
    if callable(x) and not _has_fields(x):
        return Kind.FUNC
    return Kind.STRUCT


def _declared_kind(x: object, declared: str) -> Kind:
    if declared.startswith("*"):
        return Kind.PTRSTRUCT
    if declared.startswith("chan ") or declared.startswith("<-chan") or declared.startswith("chan<-"):
        return Kind.CHAN
    if declared.startswith("func("):
        return Kind.FUNC
    if declared.startswith("map["):
        return Kind.MAP
    return Kind.STRUCT


def _has_fields(x: object) -> bool:
    return dataclasses.is_dataclass(x) or bool(getattr(x, "__dict__", None))


def go_type_of(x: object) -> str:
    """``reflect.TypeOf(x).String()``: what ``%T`` prints for ``x``."""
    if x is None:
        return "<nil>"
    if isinstance(x, Pointer):
        return "*" + go_type_of(x._target)
    if isinstance(x, Value):
        return go_type_of(x._target).removeprefix("*")
    cls = type(x)
    if cls.__module__ == "collections" and isinstance(x, dict | collections.deque):
        cls = dict if isinstance(x, dict) else list  # OrderedDict, defaultdict, Counter, deque: plain maps and slices
    declared = declared_go_type(cls)
    if declared is not None:
        if declared == "context.backgroundCtx" and getattr(x, "_name", None) == "context.TODO":
            return "context.todoCtx"
        return declared
    if cls is bool:
        return "bool"
    if cls is int:
        return "int"
    if cls is float:
        return "float64"
    if cls is complex:
        return "complex128"
    if cls is str:
        return "string"
    if cls in (bytes, bytearray):
        return "[]uint8"
    if cls is list:
        return "[]" + elem_type(list(x))  # type: ignore[call-overload]
    if cls is tuple:
        return f"[{len(x)}]" + elem_type(x)  # type: ignore[arg-type]
    if cls is dict:
        return f"map[{elem_type(x.keys())}]{elem_type(x.values())}"  # type: ignore[attr-defined]
    if cls in (set, frozenset):
        return f"map[{elem_type(x)}]struct {{}}"
    if _is_chan(x):
        elem = getattr(x, "_elem", None)
        if isinstance(elem, type) or typing.get_origin(elem) is not None:
            return "chan " + annotation_type(elem)
        zero = getattr(x, "_zero", None)
        return "chan " + ("struct {}" if zero is None else go_type_of(zero))
    kind = kind_of(x)
    if kind is Kind.FUNC:
        return func_type(x)  # type: ignore[arg-type]
    name = f"{_package(cls.__module__)}.{cls.__name__}"
    if isinstance(x, BaseException):
        return "*" + name
    return name


def static_type_of(x: object) -> str:
    """The type a slice or map element of ``x``'s dynamic type would be declared with."""
    return go_type_of(x)


_NILABLE_PREFIXES = ("*", "[]", "map[", "chan ", "func(", "interface {", "error")


def _wildcard(v: object) -> str | None:
    """The shape of an empty plain list or dict, whose element types cannot be seen."""
    if type(v) is list and not v:
        return "[]"
    if type(v) is dict and not v:
        return "map["
    return None


def elem_type(values: Any) -> str:
    """The element type of a composite literal of ``values``: their common type, else ``interface {}``.

    ``None`` fits a pointer, slice, map, func, chan or interface type; an empty
    ``[]`` or ``{}`` fits any slice or map type the other elements have.
    """
    names: set[str] = set()
    shapes: set[str] = set()
    saw_nil = False
    for v in values:
        if v is None:
            saw_nil = True
            continue
        shape = _wildcard(v)
        if shape is not None:
            shapes.add(shape)
            continue
        if isinstance(v, BaseException) and declared_go_type(type(v)) is None:
            names.add("error")
            continue
        names.add(go_type_of(v))
        if len(names) > 1:
            break
    if not names and shapes and len(shapes) == 1:
        names.add(go_type_of([] if "[]" in shapes else {}))
        shapes.clear()
    if len(names) == 1:
        (name,) = names
        if any(not name.startswith(shape) for shape in shapes):
            return "interface {}"
        if not saw_nil or name.startswith(_NILABLE_PREFIXES):
            return name
        return "interface {}"
    if names and all(_is_error_type_name(n) for n in names):
        return "error"
    return "interface {}"


def _is_error_type_name(name: str) -> bool:
    return name == "error" or name.startswith("*")


def annotation_type(ann: object) -> str:
    """The Go type name for a Python annotation (``int`` -> ``int``, ``list[str]`` -> ``[]string``)."""
    if ann is None or ann is type(None):
        return ""
    if ann is int:
        return "int"
    if ann is float:
        return "float64"
    if ann is str:
        return "string"
    if ann is bool:
        return "bool"
    if ann is complex:
        return "complex128"
    if ann is bytes:
        return "[]uint8"
    if ann is Any or ann is object:
        return "interface {}"
    origin = typing.get_origin(ann)
    args = typing.get_args(ann)
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            return annotation_type(rest[0])
        return "interface {}"
    if origin is list:
        return "[]" + (annotation_type(args[0]) if args else "interface {}")
    if origin is tuple and args and args[-1] is not Ellipsis:
        return f"[{len(args)}]" + annotation_type(args[0])
    if origin is dict:
        return f"map[{annotation_type(args[0])}]{annotation_type(args[1])}" if args else "map[interface {}]interface {}"
    if origin is Pointer:
        return "*" + (annotation_type(args[0]) if args else "interface {}")
    if origin is not None and getattr(origin, "__name__", "") == "Callable":
        return "func()"
    if isinstance(ann, type):
        if issubclass(ann, BaseException):
            return declared_go_type(ann) or "error"
        declared = declared_go_type(ann)
        if declared is not None:
            return declared
        if ann.__module__ == "goexit.chan" and ann.__name__ == "Chan":
            return "chan interface {}"
        return f"{_package(ann.__module__)}.{ann.__name__}"
    return "interface {}"


def func_type(fn: Callable[..., object]) -> str:
    """``func(int, string) error`` from ``fn``'s annotations; an unannotated parameter is ``interface {}``."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return "func()"
    try:
        hints = typing.get_type_hints(fn)
    except Exception:  # noqa: BLE001 - unresolvable annotations: fall back to none
        hints = {}
    params = []
    for p in sig.parameters.values():
        ann = hints.get(p.name, inspect.Parameter.empty)
        name = "interface {}" if ann is inspect.Parameter.empty else annotation_type(ann)
        if p.kind is inspect.Parameter.VAR_POSITIONAL:
            name = "..." + name
        params.append(name)
    ret = hints.get("return")
    result = annotation_type(ret) if "return" in hints else ""
    text = "func(" + ", ".join(params) + ")"
    return text + (" " + result if result else "")


def struct_fields(x: object) -> list[tuple[str, object, str | None]]:
    """The Go struct fields of ``x``, in order: (name, value, declared Go type or None).

    A dataclass's fields, else the object's attributes (``__dict__`` then ``__slots__``).
    Names that start with ``_`` are Python's private state, not Go fields: they are left out.
    An object may list its fields itself with a ``_go_fields()`` method (goexit's errors do).
    """
    if isinstance(x, Pointer | Value):
        x = object.__getattribute__(x, "_target")
    own = getattr(x, "_go_fields", None)
    if callable(own):
        # (name, value) or (name, value, declared Go type) entries
        return [(f[0], f[1], f[2] if len(f) > 2 else None) for f in own()]
    out: list[tuple[str, object, str | None]] = []
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        hints: dict[str, Any]
        try:
            hints = typing.get_type_hints(type(x))
        except Exception:  # noqa: BLE001 - unresolvable annotations
            hints = {}
        for f in dataclasses.fields(x):
            if f.name.startswith("_"):
                continue
            ann = hints.get(f.name)
            out.append((f.name, getattr(x, f.name), annotation_type(ann) if ann is not None else None))
        return out
    seen: set[str] = set()
    attrs = getattr(x, "__dict__", None)
    if isinstance(attrs, dict):
        for name, value in attrs.items():
            if not name.startswith("_"):
                out.append((name, value, None))
                seen.add(name)
    for cls in type(x).__mro__:
        for name in getattr(cls, "__slots__", ()):
            if isinstance(name, str) and not name.startswith("_") and name not in seen and hasattr(x, name):
                out.append((name, getattr(x, name), None))
                seen.add(name)
    return out


def is_exported(name: str) -> bool:
    """Go's rule: a field is exported if its name starts with an upper-case letter."""
    return bool(name) and name[0].isupper()


# --------------------------------------------------------------------------
# The method sets fmt and the runtime look at


def _own_method(x: object, name: str) -> Callable[..., object] | None:
    """``x``'s method ``name`` if a class other than a built-in defines it."""
    if isinstance(x, Pointer | Value):
        x = object.__getattribute__(x, "_target")
    for cls in type(x).__mro__:
        if name in cls.__dict__:
            if cls.__module__ == "builtins":
                return None
            attr = getattr(x, name, None)
            return attr if callable(attr) else None
    return None


def is_error(x: object) -> bool:
    """Whether ``x`` satisfies Go's ``error``: an exception instance, or an object with an ``error()`` method."""
    if isinstance(x, Pointer | Value):
        x = object.__getattribute__(x, "_target")
    return isinstance(x, BaseException) or _own_method(x, "error") is not None


def error_message(x: object) -> str:
    """``x.Error()``: the ``error()`` method's result if there is one, else ``str(x)``."""
    method = _own_method(x, "error")
    if method is not None:
        return str(method())
    return str(x)


def stringer(x: object) -> Callable[[], object] | None:
    """``x.String`` if ``x`` is a Go ``Stringer``: a ``string()`` method, or a ``__str__`` of its own class.

    ``__str__`` inherited from Python's built-in types or from ``enum`` does not count:
    an ``int`` subclass without one of its own prints as a number, as a Go named int does.
    """
    method = _own_method(x, "string")
    if method is not None:
        return method
    if isinstance(x, Pointer | Value):
        x = object.__getattribute__(x, "_target")
    for cls in type(x).__mro__:
        if "__str__" in cls.__dict__:
            if cls.__module__ in ("builtins", "enum"):
                return None
            return lambda: cls.__dict__["__str__"](x)
    return None


def formatter(x: object) -> Callable[..., object] | None:
    """``x.Format`` if ``x`` is a Go ``fmt.Formatter`` (a ``format(state, verb)`` method of its own class).

    As in Go, the interface is the signature: a ``format`` that does not take two
    arguments (``time.Time.format(layout)``, Go's ``Time.Format``) is not one.
    """
    method = _own_method(x, "format")
    if method is None:
        return None
    takes = _FORMAT_ARITY.get(type(x))
    if takes is None:
        try:
            params = inspect.signature(method).parameters.values()
            positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
            takes = len(positional) == 2 or any(p.kind is p.VAR_POSITIONAL for p in params)
        except (TypeError, ValueError):
            takes = True
        _FORMAT_ARITY[type(x)] = takes
    return method if takes else None


_FORMAT_ARITY: dict[type, bool] = {}


def go_stringer(x: object) -> Callable[[], object] | None:
    """``x.GoString`` if ``x`` is a Go ``fmt.GoStringer`` (a ``go_string()`` method)."""
    return _own_method(x, "go_string")


_ZERO_BY_NAME: dict[str, object] = {"int": 0, "float": 0.0, "str": "", "bool": False, "complex": 0j, "bytes": b""}


def _zero_of_annotation_text(text: str) -> object:
    """The zero value named by an annotation that cannot be evaluated (a class local to a function)."""
    text = text.strip()
    if text in _ZERO_BY_NAME:
        return _ZERO_BY_NAME[text]
    if text.startswith(("list[", "List[")) or text == "list":
        return []
    if text.startswith(("dict[", "Dict[")) or text == "dict":
        return {}
    return None


def _field_hints(cls: type) -> dict[str, object]:
    """The resolved annotations of ``cls``'s fields; a name that does not resolve maps to its text."""
    try:
        return dict(typing.get_type_hints(cls))
    except Exception:  # noqa: BLE001 - a name local to a function: resolve field by field
        pass
    module = sys.modules.get(cls.__module__)
    scope = dict(vars(module)) if module is not None else {}
    scope.setdefault(cls.__name__, cls)
    out: dict[str, object] = {}
    for klass in reversed(cls.__mro__):
        for name, ann in vars(klass).get("__annotations__", {}).items():
            if isinstance(ann, str):
                try:
                    ann = eval(ann, scope)  # an annotation naming the program's own class
                except Exception:  # noqa: BLE001 - keep the text, read by _zero_of_annotation_text
                    pass
            out[name] = ann
    return out


def zero_value(t: object, _depth: int = 0) -> object:
    """Go's zero value of the type ``t`` stands for (the spec's "The zero value", ``reflect.Zero``).

    ``int``, ``float``, ``str``, ``bool``, ``complex``: ``0``, ``0.0``, ``""``,
    ``False``, ``0j``; a named type over one of them (``class Level(int)``):
    ``Level()``.  A slice or map (``list``, ``list[int]``, ``dict[str, int]``):
    an empty one, which prints as Go's nil slice or map does.  An array
    (``tuple[int, int]``): a tuple of zeros.  A struct (a dataclass): every
    field without a default gets the zero value of its annotation, recursively,
    so ``@dataclass class Job: id: int; name: str`` gives ``Job(0, "")``, Go's
    ``Job{}``; a field with a default keeps it.  Pointers, interfaces, errors,
    channels, functions and ``T | None``: ``None`` (nil).  Any other class or
    callable is called with no arguments, if it takes none (a zero-value
    factory such as ``lambda: Point(0, 0)``); else the zero value is ``None``.
    """
    if t is None or t is type(None) or _depth > 32:
        return None
    if isinstance(t, str):
        return _zero_of_annotation_text(t)
    if t in (int, float, str, bool, complex, bytes):
        return t()
    if t is bytearray:
        return b""
    if t is list:
        return []
    if t is dict:
        return {}
    origin = typing.get_origin(t)
    if origin is not None:
        if origin is list:
            return []
        if origin is dict:
            return {}
        if origin is tuple:
            args = typing.get_args(t)
            if args and args[-1] is not Ellipsis:
                return tuple(zero_value(a, _depth + 1) for a in args)
            return ()
        return None  # a union (T | None: nil), Pointer[T], Callable, Chan[T]
    if not isinstance(t, type):
        return _call_without_arguments(t)
    if issubclass(t, BaseException) or t is Pointer or t is object:
        return None
    if t.__module__ == "goexit.chan" and t.__name__ == "Chan":
        return None
    bases: tuple[type[Any], ...] = (bool, int, float, complex, str, bytes)
    for base in bases:
        if issubclass(t, base):
            try:
                return t(base())  # type: ignore[call-arg]
            except Exception:  # noqa: BLE001 - an enum without a zero member: no zero value to make
                return None
    if dataclasses.is_dataclass(t):
        hints = _field_hints(t)
        kwargs: dict[str, object] = {}
        for f in dataclasses.fields(t):
            if not f.init:
                continue
            if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING:
                continue
            kwargs[f.name] = zero_value(hints.get(f.name, f.type), _depth + 1)
        return t(**kwargs)
    return _call_without_arguments(t)


def _call_without_arguments(factory: object) -> object:
    if not callable(factory):
        return None
    try:
        inspect.signature(factory).bind()
    except TypeError:
        return None  # needs arguments: a pointer-like type whose zero is nil
    except ValueError:
        pass  # a builtin without a signature: try it
    return factory()
