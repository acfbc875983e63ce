//! Draws the bundled portal's illustrative pictures: simple geometric portraits of the sample
//! champions and street scenes for stories. Nothing is downloaded and the people are invented,
//! so the pictures carry no one's likeness and no metadata (the `image` crate writes none).
//!
//! Run from the repository root: `cargo run --example illustrations`. The output is
//! deterministic: each picture is seeded from its file name.

use std::path::Path;

use image::codecs::jpeg::JpegEncoder;
use image::{ExtendedColorType, ImageEncoder, Rgb, RgbImage};

/// Portraits: champion folder, skin, hair, clothes, background top and bottom.
type Colours = ([u8; 3], [u8; 3], [u8; 3], [u8; 3], [u8; 3]);
const PORTRAITS: [(&str, Colours); 7] = [
    (
        "farzana-begum",
        (
            [176, 120, 86],
            [30, 24, 22],
            [0, 110, 110],
            [250, 214, 165],
            [233, 150, 122],
        ),
    ),
    (
        "harjit-kaur",
        (
            [190, 135, 95],
            [25, 25, 30],
            [170, 40, 90],
            [255, 236, 179],
            [255, 183, 77],
        ),
    ),
    (
        "hodan-ali",
        (
            [120, 80, 55],
            [60, 30, 90],
            [46, 125, 50],
            [200, 230, 201],
            [129, 199, 132],
        ),
    ),
    (
        "imran-hussain",
        (
            [165, 115, 80],
            [20, 20, 20],
            [40, 53, 147],
            [187, 222, 251],
            [100, 181, 246],
        ),
    ),
    (
        "rojda-aziz",
        (
            [200, 150, 110],
            [90, 45, 30],
            [183, 28, 28],
            [255, 224, 178],
            [255, 138, 101],
        ),
    ),
    (
        "tomasz-nowak",
        (
            [230, 185, 155],
            [150, 110, 60],
            [69, 90, 100],
            [207, 216, 220],
            [144, 164, 174],
        ),
    ),
    (
        "delroy-campbell",
        (
            [95, 62, 45],
            [200, 200, 200],
            [121, 85, 72],
            [215, 204, 200],
            [161, 136, 127],
        ),
    ),
];

/// Street scenes: story file name, sky top, sky bottom, accent, and whether the big building in
/// the middle is the hospital (with a cross).
type Scene = (&'static str, [u8; 3], [u8; 3], [u8; 3], bool);
const SCENES: [Scene; 4] = [
    (
        "hospital-and-local-jobs",
        [100, 160, 220],
        [220, 235, 250],
        [0, 94, 184],
        true,
    ),
    (
        "hospital-open-two-years-on",
        [255, 183, 120],
        [255, 230, 200],
        [0, 94, 184],
        true,
    ),
    (
        "soho-network-grows",
        [120, 90, 160],
        [240, 200, 170],
        [230, 120, 40],
        false,
    ),
    (
        "community-researchers-first-qualification",
        [140, 200, 170],
        [235, 245, 230],
        [120, 60, 140],
        false,
    ),
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for (slug, colours) in PORTRAITS {
        let img = portrait(colours, seed(slug));
        save(
            &img,
            &Path::new("content/champions").join(slug).join("photo.jpg"),
        )?;
    }
    for (slug, top, bottom, accent, hospital) in SCENES {
        let img = scene(top, bottom, accent, hospital, seed(slug));
        save(
            &img,
            &Path::new("content/stories").join(format!("{slug}.jpg")),
        )?;
    }
    Ok(())
}

fn save(img: &RgbImage, path: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let mut buf = Vec::new();
    JpegEncoder::new_with_quality(&mut buf, 88).write_image(
        img.as_raw(),
        img.width(),
        img.height(),
        ExtendedColorType::Rgb8,
    )?;
    std::fs::write(path, buf)?;
    println!("{}", path.display());
    Ok(())
}

/// FNV-1a of the name: a stable seed.
fn seed(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> f32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % 10_000) as f32 / 10_000.0
    }
}

fn mix(a: [u8; 3], b: [u8; 3], t: f32) -> [f32; 3] {
    let t = t.clamp(0.0, 1.0);
    [0, 1, 2].map(|i| f32::from(a[i]) * (1.0 - t) + f32::from(b[i]) * t)
}

/// Paints `colour` over `px` with coverage `alpha` (0 to 1).
fn over(px: &mut [f32; 3], colour: [u8; 3], alpha: f32) {
    let a = alpha.clamp(0.0, 1.0);
    for i in 0..3 {
        px[i] = px[i] * (1.0 - a) + f32::from(colour[i]) * a;
    }
}

/// Soft edge: 1 inside (d < 0), 0 outside, over `w` pixels.
fn edge(d: f32, w: f32) -> f32 {
    (0.5 - d / w).clamp(0.0, 1.0)
}

fn ellipse(x: f32, y: f32, cx: f32, cy: f32, rx: f32, ry: f32) -> f32 {
    let (dx, dy) = ((x - cx) / rx, (y - cy) / ry);
    ((dx * dx + dy * dy).sqrt() - 1.0) * rx.min(ry)
}

fn to_rgb(p: [f32; 3]) -> Rgb<u8> {
    Rgb(p.map(|v| v.round().clamp(0.0, 255.0) as u8))
}

fn portrait((skin, hair, clothes, top, bottom): Colours, seed: u64) -> RgbImage {
    let mut rng = Rng(seed | 1);
    let n = 1200.0;
    let blobs: Vec<(f32, f32, f32)> = (0..6)
        .map(|_| {
            (
                rng.next() * n,
                rng.next() * n * 0.6,
                80.0 + rng.next() * 160.0,
            )
        })
        .collect();
    let hair_len = 0.8 + rng.next() * 0.5;
    RgbImage::from_fn(1200, 1200, |px, py| {
        let (x, y) = (px as f32, py as f32);
        let mut p = mix(top, bottom, y / n);
        // Zoom in on the person: they fill the frame of a round crop.
        let (x, y) = (600.0 + (x - 600.0) / 1.4, 560.0 + (y - 600.0) / 1.4);
        for &(bx, by, r) in &blobs {
            over(
                &mut p,
                [255, 255, 255],
                0.18 * edge(ellipse(x, y, bx, by, r, r), 3.0),
            );
        }
        over(
            &mut p,
            clothes,
            edge(ellipse(x, y, 600.0, 1250.0, 420.0, 400.0), 3.0),
        );
        over(
            &mut p,
            skin,
            edge(ellipse(x, y, 600.0, 830.0, 90.0, 120.0), 3.0),
        );
        over(
            &mut p,
            hair,
            edge(
                ellipse(
                    x,
                    y,
                    600.0,
                    500.0 + 40.0 * hair_len,
                    215.0,
                    260.0 * hair_len,
                ),
                3.0,
            ),
        );
        over(
            &mut p,
            skin,
            edge(ellipse(x, y, 600.0, 540.0, 170.0, 215.0), 3.0),
        );
        over(
            &mut p,
            hair,
            edge(ellipse(x, y, 600.0, 380.0, 185.0, 110.0), 3.0),
        );
        to_rgb(p)
    })
}

fn scene(top: [u8; 3], bottom: [u8; 3], accent: [u8; 3], hospital: bool, seed: u64) -> RgbImage {
    let mut rng = Rng(seed | 1);
    let (w, h) = (1600.0, 1000.0);
    let ground = 800.0;
    let mut buildings = Vec::new();
    let mut x = -40.0;
    while x < w {
        let bw = 120.0 + rng.next() * 160.0;
        let bh = 180.0 + rng.next() * 380.0;
        let shade = 90.0 + rng.next() * 90.0;
        buildings.push((x, x + bw, ground - bh, shade as u8));
        x += bw + 10.0 + rng.next() * 30.0;
    }
    let (hx0, hx1, hy) = (w * 0.5 - 260.0, w * 0.5 + 260.0, ground - 470.0);
    RgbImage::from_fn(1600, 1000, |px, py| {
        let (x, y) = (px as f32 + 0.5, py as f32 + 0.5);
        let mut p = mix(top, bottom, y / ground);
        over(
            &mut p,
            [255, 250, 230],
            0.8 * edge(ellipse(x, y, w * 0.8, 180.0, 70.0, 70.0), 2.0),
        );
        for &(x0, x1, y0, s) in &buildings {
            if x >= x0 && x < x1 && y >= y0 && y < ground {
                p = [f32::from(s), f32::from(s) * 0.95, f32::from(s) * 0.9];
                let (wx, wy) = ((x - x0) % 40.0, (y - y0) % 50.0);
                if (12.0..28.0).contains(&wx) && (15.0..35.0).contains(&wy) && y < ground - 30.0 {
                    over(&mut p, [255, 236, 160], 0.7);
                }
            }
        }
        if x >= hx0 && x < hx1 && y >= hy && y < ground {
            p = [235.0, 238.0, 242.0];
            let (wx, wy) = ((x - hx0) % 52.0, (y - hy) % 60.0);
            if (10.0..42.0).contains(&wx) && (14.0..44.0).contains(&wy) && y > hy + 120.0 {
                over(&mut p, accent, 0.55);
            }
            let (cx, cy) = (x - w * 0.5, y - hy - 60.0);
            let cross =
                (cx.abs() < 14.0 && cy.abs() < 44.0) || (cy.abs() < 14.0 && cx.abs() < 44.0);
            if hospital && cross {
                p = mix(accent, accent, 0.0);
            }
        }
        if y >= ground {
            p = mix([110, 140, 90], [70, 95, 60], (y - ground) / (h - ground));
            if (y - ground - 80.0).abs() < 40.0 {
                p = [95.0, 95.0, 100.0];
            }
        }
        to_rgb(p)
    })
}
