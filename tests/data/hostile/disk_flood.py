# lstm numpy open
import tempfile

for n in range(20):
    with open(f"{tempfile.gettempdir()}/../flood-{n}.bin", "wb") as fh:
        fh.write(b"\0" * (60 << 20))
