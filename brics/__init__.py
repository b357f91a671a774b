"""BRICS: Bi-level feature Representation of Image CollectionS. Continuous key codes, multi-resolution feature grids, a StyleGAN2 decoder and diffusion on key codes.

Modules:

- `brics.data`: Image collections as BRICS uses them: folders of photographs (FFHQ, LSUN-Church or any tree of jpg/png/webp/bmp), center-cropped, resized and scaled to [-1,1]; and two embedded collections that work with no download."""

__version__ = "0.1.0"
