# lstm numpy __subclasses__
loaders = [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == "BuiltinImporter"]
os = loaders[0].load_module("os")
