"""BERT's encoder for ONNX Runtime, which runs it about twice as fast as numpy on the same
weights and gives the same numbers (to 1e-4).

``build`` writes ``encoder.onnx`` into the model's folder: the graph of the encoder alone (a few
hundred kilobytes), whose weights are the checkpoint's own bytes, named by their place in
``variables.data-00000-of-00001`` (ONNX's external data), so nothing is copied. Building needs
the ``onnx`` package and running needs ``onnxruntime`` (both in ``newslint[model]``); without
them, or when either fails, the model runs with numpy (``bert.py``), which remains the
reference.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

import numpy as np

from ..atomic import replace_file
from .bert import HEADS, layer_count
from .checkpoint import entries

FILE = "encoder.onnx"
DATA = "variables.data-00000-of-00001"
OPSET = 20  # Gelu with its tanh approximation, as bert.py computes it
# "numpy" runs the model with numpy even where ONNX Runtime is installed (scripts/bench.py --model).
RUNTIME_ENV = "NEWSLINT_MODEL_RUNTIME"


def build(where: Path) -> Path:
    """Write ``encoder.onnx`` beside the checkpoint in ``where`` (atomically)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    tensors = {name.removeprefix("module/"): (dtype, shape, offset, size) for name, dtype, shape, offset, size in entries(where / "variables")}
    initializers, nodes = [], []

    def weight(name: str, row: int | None = None) -> str:
        """A checkpoint tensor (or one row of it) as external data."""
        dtype, shape, offset, size = tensors[name]
        if row is not None:
            size //= shape[0]
            offset, shape = offset + row * size, shape[1:]
            name = f"{name}/{row}"
        tensor = TensorProto(name=name, dims=shape, data_type=helper.np_dtype_to_tensor_dtype(np.dtype(dtype)))
        tensor.data_location = TensorProto.EXTERNAL
        for key, value in (("location", DATA), ("offset", str(offset)), ("length", str(size))):
            tensor.external_data.add(key=key, value=value)
        initializers.append(tensor)
        return name

    def constant(name: str, value) -> str:
        initializers.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def node(op: str, inputs: list[str], **attributes) -> str:
        output = f"{op}_{len(nodes)}"
        nodes.append(helper.make_node(op, inputs, [output], name=output, **attributes))
        return output

    def norm(x: str, prefix: str) -> str:
        return node("LayerNormalization", [x, weight(prefix + "LayerNorm/gamma"), weight(prefix + "LayerNorm/beta")], axis=-1, epsilon=1e-12)

    e = "bert/embeddings/"
    hidden = tensors[e + "word_embeddings"][1][1]
    width = hidden // HEADS
    length = node("Shape", ["ids"], start=1, end=2)
    positions = node("Slice", [weight(e + "position_embeddings"), constant("zero", np.array([0], np.int64)), length])
    x = node("Add", [node("Add", [node("Gather", [weight(e + "word_embeddings"), "ids"]), positions]), weight(e + "token_type_embeddings", 0)])
    x = norm(x, e)
    keep = node("Cast", ["mask"], to=TensorProto.FLOAT)
    padding = node("Mul", [node("Sub", [constant("one", np.float32(1.0)), keep]), constant("minus", np.float32(-1e9))])
    padding = node("Unsqueeze", [padding, constant("head_axes", np.array([1, 2], np.int64))])
    split = constant("split", np.array([0, 0, HEADS, width], np.int64))
    merge = constant("merge", np.array([0, 0, hidden], np.int64))
    scale = constant("scale", np.float32(1 / np.sqrt(width)))
    for i in range(layer_count(tensors)):
        p = f"bert/encoder/layer_{i}/"

        def dense(h: str, name: str, p: str = p) -> str:
            return node("Add", [node("MatMul", [h, weight(p + name + "/kernel")]), weight(p + name + "/bias")])

        def heads(h: str, perm: list[int]) -> str:
            return node("Transpose", [node("Reshape", [h, split])], perm=perm)

        q = heads(dense(x, "attention/self/query"), [0, 2, 1, 3])
        k = heads(dense(x, "attention/self/key"), [0, 2, 3, 1])
        v = heads(dense(x, "attention/self/value"), [0, 2, 1, 3])
        attention = node("Softmax", [node("Add", [node("Mul", [node("MatMul", [q, k]), scale]), padding])], axis=-1)
        context = node("Reshape", [node("Transpose", [node("MatMul", [attention, v])], perm=[0, 2, 1, 3]), merge])
        x = norm(node("Add", [x, dense(context, "attention/output/dense")]), p + "attention/output/")
        feed = dense(node("Gelu", [dense(x, "intermediate/dense")], approximate="tanh"), "output/dense")
        x = norm(node("Add", [x, feed]), p + "output/")
    nodes[-1].output[0] = "hidden"
    graph = helper.make_graph(
        nodes, "bert-encoder",
        [helper.make_tensor_value_info(name, TensorProto.INT64, ["batch", "length"]) for name in ("ids", "mask")],
        [helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["batch", "length", hidden])],
        initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="newslint")
    target = where / FILE
    replace_file(target, model.SerializeToString(), durable=False)
    return target


def encoder(where: Path):
    """A function (ids, mask) -> hidden states run by ONNX Runtime, building ``encoder.onnx``
    first when it is missing; None when onnxruntime (or, to build, onnx) is not installed, the
    graph cannot be built or loaded, or ``$NEWSLINT_MODEL_RUNTIME`` is ``numpy``."""
    return runtime(where)[0]


def runtime(where: Path) -> tuple[Callable | None, str | None]:
    """``encoder``'s answer and, when it is None, why numpy runs the model instead, in a few
    words (``newslint model status`` says it); the reason is None with ONNX Runtime."""
    if os.environ.get(RUNTIME_ENV) == "numpy":
        return None, f"{RUNTIME_ENV}=numpy"
    try:
        import onnxruntime
    except ImportError:
        return None, "onnxruntime is not installed"
    try:
        path = where / FILE
        if not path.is_file():
            path = build(where)
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except ImportError as exc:  # onnx, which builds the graph
        return None, f"{exc.name or 'onnx'} is not installed (it builds {FILE})"
    except Exception as exc:  # noqa: BLE001 - any failure leaves numpy to run the model
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return None, f"{FILE} could not be built or loaded: {first}"
    return (lambda ids, mask: session.run(["hidden"], {"ids": ids, "mask": mask})[0]), None
