//! A photo made small for the data folder: decoded (JPEG, PNG or WebP), turned
//! upright by its EXIF orientation, scaled so its longest side is at most the
//! configured pixels, laid on white where it was transparent, and encoded as a
//! JPEG without any metadata (no camera, no place, no time). Bytes in, bytes out.

use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, RgbImage};

/// The largest side lane decodes: a file claiming more is refused before its
/// pixels are read (a small file can claim a huge picture).
const MAX_DECODE_SIDE: u32 = 20_000;
/// The memory a decode may take.
const MAX_DECODE_BYTES: u64 = 1 << 30;

/// The formats lane reads as photos.
const PHOTO_FORMATS: [ImageFormat; 3] = [ImageFormat::Jpeg, ImageFormat::Png, ImageFormat::WebP];

/// Whether `bytes` start as a photo lane can read (by their first bytes, never
/// by the file's name).
pub fn is_photo(bytes: &[u8]) -> bool {
    image::guess_format(bytes).is_ok_and(|f| PHOTO_FORMATS.contains(&f))
}

/// A side in pixels, width by height.
pub type Size = (u32, u32);

/// The photo upright, scaled to at most `max_side` pixels a side and encoded as a
/// JPEG of `quality`, with its size before and after; the error is the decoder's
/// words.
pub fn shrink(bytes: &[u8], max_side: u32, quality: u8) -> Result<(Vec<u8>, Size, Size), String> {
    let img = decode(bytes).map_err(|e| e.to_string())?;
    let before = (img.width(), img.height());
    let img = if before.0.max(before.1) > max_side {
        img.resize(max_side, max_side, FilterType::Triangle)
    } else {
        img
    };
    let after = (img.width(), img.height());
    let rgb = on_white(img);
    let mut out = Vec::new();
    let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality);
    rgb.write_with_encoder(enc).map_err(|e| e.to_string())?;
    Ok((out, before, after))
}

fn decode(bytes: &[u8]) -> image::ImageResult<DynamicImage> {
    let mut reader = ImageReader::new(Cursor::new(bytes)).with_guessed_format()?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DECODE_SIDE);
    limits.max_image_height = Some(MAX_DECODE_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder()?;
    // An orientation that cannot be read leaves the photo as it was taken.
    let orientation = decoder.orientation().ok();
    let mut img = DynamicImage::from_decoder(decoder)?;
    if let Some(o) = orientation {
        img.apply_orientation(o);
    }
    Ok(img)
}

/// The picture as RGB, transparent pixels blended onto white (a JPEG has no
/// transparency, and black behind a screenshot's edges prints badly).
fn on_white(img: DynamicImage) -> RgbImage {
    if !img.color().has_alpha() {
        return img.into_rgb8();
    }
    let rgba = img.into_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let p = rgba.get_pixel(x, y).0;
        let a = u16::from(p[3]);
        let mix = |c: u8| ((u16::from(c) * a + 255 * (255 - a) + 127) / 255) as u8;
        image::Rgb([mix(p[0]), mix(p[1]), mix(p[2])])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageEncoder, Rgba, RgbaImage};

    fn png(w: u32, h: u32, alpha: u8) -> Vec<u8> {
        let img = RgbaImage::from_fn(w, h, |x, y| {
            Rgba([(x % 256) as u8, (y % 256) as u8, 90, alpha])
        });
        let mut out = Vec::new();
        image::codecs::png::PngEncoder::new(&mut out)
            .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgba8)
            .unwrap();
        out
    }

    #[test]
    fn a_large_photo_is_scaled_to_the_longest_side_as_jpeg() {
        let p = shrink(&png(3200, 1000, 255), 1600, 80).unwrap();
        assert_eq!((p.1, p.2), ((3200, 1000), (1600, 500)));
        assert_eq!(image::guess_format(&p.0).unwrap(), ImageFormat::Jpeg);
        let back = image::load_from_memory(&p.0).unwrap();
        assert_eq!((back.width(), back.height()), (1600, 500));
        // The same photo gives the same bytes, so it is stored once.
        assert_eq!(shrink(&png(3200, 1000, 255), 1600, 80).unwrap(), p);
    }

    #[test]
    fn a_small_photo_keeps_its_size_and_transparency_becomes_white() {
        let p = shrink(&png(40, 30, 0), 1600, 80).unwrap();
        assert_eq!((p.1, p.2), ((40, 30), (40, 30)));
        let back = image::load_from_memory(&p.0).unwrap().into_rgb8();
        assert!(back.pixels().all(|px| px.0.iter().all(|c| *c > 245)));
    }

    #[test]
    fn exif_orientation_is_applied_and_metadata_dropped() {
        // A 4×2 JPEG whose EXIF says "rotate 90° clockwise" (orientation 6).
        let img = RgbImage::from_pixel(4, 2, image::Rgb([200, 10, 10]));
        let mut jpeg = Vec::new();
        image::codecs::jpeg::JpegEncoder::new(&mut jpeg)
            .encode_image(&img)
            .unwrap();
        let exif: &[u8] =
            b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0";
        let mut app1 = vec![0xFF, 0xE1];
        app1.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
        app1.extend_from_slice(exif);
        let mut with = jpeg[..2].to_vec();
        with.extend_from_slice(&app1);
        with.extend_from_slice(&jpeg[2..]);
        let p = shrink(&with, 1600, 80).unwrap();
        assert_eq!((p.1, p.2), ((2, 4), (2, 4)));
        assert!(!p.0.windows(4).any(|w| w == b"Exif"));
    }

    #[test]
    fn what_is_not_a_readable_photo_is_refused_or_not_a_photo() {
        assert!(!is_photo(b"%PDF-1.7"));
        assert!(!is_photo(b""));
        assert!(is_photo(&png(2, 2, 255)));
        let mut cut = png(64, 64, 255);
        cut.truncate(60);
        assert!(shrink(&cut, 1600, 80).is_err());
        // A header that claims a picture too large to decode.
        let mut huge = png(1, 1, 255);
        huge[16..20].copy_from_slice(&50_000u32.to_be_bytes());
        huge[20..24].copy_from_slice(&50_000u32.to_be_bytes());
        assert!(shrink(&huge, 1600, 80).is_err());
    }
}
