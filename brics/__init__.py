"""BRICS: Bi-level feature Representation of Image CollectionS. Continuous key codes, multi-resolution feature grids, a StyleGAN2 decoder and diffusion on key codes.

Modules:

- `brics.bench`: `brics-bench`: registered benchmark cases, each timing a fast implementation against its baseline in the same run and printing one JSON line per measurement, then a summary table. The grid lookup is the first case; decoder, stage-1, memory and sampling cases register the same way.
- `brics.data`: Image collections as BRICS uses them: folders of photographs (FFHQ, LSUN-Church or any tree of jpg/png/webp/bmp), center-cropped, resized and scaled to [-1,1]; and two embedded collections that work with no download.
- `brics.decoder`: Two decoders and a way to count their cost. `VQGANDecoder` is the taming-transformers decoder, the baseline BRICS compares against. `StyleDecoder` is the BRICS decoder (SPEC §4): a StyleGAN2 synthesis network that starts from the feature block Φ (B,C_f,h',w') instead of a learned constant, with its style w computed from avgpool(Φ). `count_macs` gives parameters and multiply-accumulates per image, the unit of the paper's "GFLOPs".
- `brics.grids`: The auxiliary data structure of BRICS (SPEC §3): for each of n groups, L levels of tables θ indexed by eq. 6 (or a hash), read by D-linear interpolation at combined keys κ ∈ [0,1]^D, followed by a small MLP per group. A plain oracle that gathers all 2^D corners, a `grid_sample` fast path that equals it, usage statistics and parameter accounting.
- `brics.losses`: What the autoencoder is trained with (SPEC §5): 20·MSE + 5·LPIPS + a non-saturating GAN loss from a StyleGAN2 residual discriminator with minibatch-std, lazy R1 (γ=4 every 16 D steps); plus the KL term of the KL variant and the VQ commitment loss of the VQ baseline. LPIPS is loaded from local files only and never downloads anything.
- `brics.metrics`: How the paper scores its models: reconstruction by PSNR, SSIM and LPIPS (mean ± std over a split); generation by FID, KID, Inception Score, improved precision/recall (k=3) with F1 and CLIP-FID; and the nearest training images of generated samples. Everything works offline: the FID Inception network ships inside a pip package.
- `brics.schedules`: Continuous-time, variance-preserving noise schedules written as logSNR functions of t ∈ [0,1]: the cosine schedule (paper config a, with min-SNR weighting) and Chen's cosine variants v1–v4 (v2 is the paper's default, config b).
- `brics.unet`: The noise-prediction network of the diffusion stage: an LDM/Imagen-style UNet over key codes (4×32×32 in the paper), conditioned on the noise level through a sinusoidal embedding of the logSNR, with named sizes from the paper's to a CPU toy."""

__version__ = "0.1.0"
