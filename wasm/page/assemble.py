"""Puts coprod.html together: the page (coprod.html) with its style, its
script and the engine inlined, so the one file works from disk with no
network. The Content-Security-Policy allows the page's own script by its
hash, WebAssembly, the worker made from the inlined engine (a blob: URL)
and inline style (the appendix's own, in its sandboxed frame), and nothing
else: no connection, no other script, no form, no plug-in.

    python3 assemble.py PAGE_DIR ENGINE_JS OUT_HTML
"""
import base64
import hashlib
import re
import sys
from pathlib import Path


def inline_text(text: str) -> str:
    """Text that can sit inside a <script> element without ending it early."""
    text = re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)
    text = text.replace("<!--", "<\\!--")
    assert not re.search(r"</script|<!--", text, re.IGNORECASE)
    return text


def main() -> None:
    page, engine, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    # The form (form.js) first: the page (page.js) uses it.
    script = "\n".join((page / name).read_text(encoding="utf-8") for name in ("form.js", "page.js"))
    worker = engine.read_text(encoding="utf-8") + "\n" + (page / "worker.js").read_text(encoding="utf-8")
    script_hash = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src 'sha256-{script_hash}' 'wasm-unsafe-eval'",
        "worker-src blob:",
        "style-src 'unsafe-inline'",
        "img-src data: blob:",
        "connect-src 'none'",
        "frame-src 'none'",
        "form-action 'none'",
        "base-uri 'none'",
    ])
    values = {"CSP": csp, "STYLE": (page / "page.css").read_text(encoding="utf-8"),
              "ENGINE": inline_text(worker), "SCRIPT": script}
    template = (page / "coprod.html").read_text(encoding="utf-8")
    assert sorted(re.findall(r"@([A-Z]+)@", template)) == sorted(values)
    html = re.sub(r"@([A-Z]+)@", lambda m: values[m.group(1)], template)
    assert inline_text(script) == script, "page.js must not hold </script or <!--"
    out.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    main()
