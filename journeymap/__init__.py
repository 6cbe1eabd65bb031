"""journeymap: offline customer-journey maps with explainable weak points."""
__version__ = "0.1.0"
