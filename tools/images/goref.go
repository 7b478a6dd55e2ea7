// goref writes the reference images kiln's image tests compare against, produced by the
// libraries hugo 0.111 uses (Go's image/png and github.com/disintegration/gift). Run by hand
// through ./regen; never at test time.
//
//	goref synth OUTDIR                      synthetic images encoded by image/png
//	goref resize IN OUT OP W H FILTER ANCHOR  gift's Resize/Fit/Fill/Crop of IN (PNG or JPEG) as
//	                                          hugo applies it, written as OUT's extension says
package main

import (
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strconv"

	"github.com/disintegration/gift"
)

// lcg is the generator the C++ tests use too, so both sides build the same pixels.
type lcg uint32

func (l *lcg) next() uint8 {
	*l = *l*1103515245 + 12345
	return uint8(*l >> 16)
}

func synth(dir string) error {
	type img struct {
		name string
		m    image.Image
	}
	var all []img
	for _, size := range [][2]int{{1, 1}, {7, 5}, {64, 48}, {300, 200}} {
		w, h := size[0], size[1]
		r := image.Rect(0, 0, w, h)
		gray := image.NewGray(r)
		rgba := image.NewRGBA(r)
		nrgba := image.NewNRGBA(r)
		opaque := image.NewNRGBA(r)
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				v := uint8(x*7 + y*13 + (x*y)%11)
				gray.Pix[y*gray.Stride+x] = v
				i := y*rgba.Stride + x*4
				a := uint8(x * 255 / w)
				rgba.Pix[i+0], rgba.Pix[i+1], rgba.Pix[i+2], rgba.Pix[i+3] = v/2*uint8(a)/255, v/3*uint8(a)/255, a/4, a
				nrgba.Pix[i+0], nrgba.Pix[i+1], nrgba.Pix[i+2], nrgba.Pix[i+3] = v, 255-v, uint8(y), a
				opaque.Pix[i+0], opaque.Pix[i+1], opaque.Pix[i+2], opaque.Pix[i+3] = v, uint8(x), uint8(y*3), 255
			}
		}
		tag := fmt.Sprintf("%dx%d", w, h)
		all = append(all, img{"gray_" + tag, gray}, img{"rgba_" + tag, rgba},
			img{"nrgba_" + tag, nrgba}, img{"opaque_" + tag, opaque})
	}
	// Incompressible: stored blocks, and IDAT chunks split at 32 KiB.
	noise := image.NewNRGBA(image.Rect(0, 0, 128, 96))
	seed := lcg(1)
	for i := range noise.Pix {
		noise.Pix[i] = seed.next()
		if i%4 == 3 {
			noise.Pix[i] = 255
		}
	}
	all = append(all, img{"noise_128x96", noise})
	// JPEG: the opaque and gray images as hugo hands them to image/jpeg (an opaque NRGBA
	// shares its pixels with an RGBA).
	for _, im := range all {
		var m image.Image
		switch t := im.m.(type) {
		case *image.Gray:
			m = t
		case *image.NRGBA:
			if im.name[:6] != "opaque" {
				continue
			}
			m = &image.RGBA{Pix: t.Pix, Stride: t.Stride, Rect: t.Rect}
		default:
			continue
		}
		for _, q := range []int{1, 40, 75, 100} {
			if q != 75 && m.Bounds().Dx() != 64 {
				continue
			}
			f, err := os.Create(filepath.Join(dir, fmt.Sprintf("go_%s_q%d.jpg", im.name, q)))
			if err != nil {
				return err
			}
			if err := jpeg.Encode(f, m, &jpeg.Options{Quality: q}); err != nil {
				return err
			}
			f.Close()
		}
	}
	for _, im := range all {
		f, err := os.Create(filepath.Join(dir, "go_"+im.name+".png"))
		if err != nil {
			return err
		}
		if err := png.Encode(f, im.m); err != nil {
			return err
		}
		f.Close()
	}
	return nil
}

var filters = map[string]gift.Resampling{
	"nearestneighbor": gift.NearestNeighborResampling,
	"box":             gift.BoxResampling,
	"linear":          gift.LinearResampling,
	"lanczos":         gift.LanczosResampling,
	"catmullrom":      gift.CubicResampling, // hugo's CatmullRom is the same kernel
}

var anchors = map[string]gift.Anchor{
	"center": gift.CenterAnchor, "topleft": gift.TopLeftAnchor, "top": gift.TopAnchor,
	"topright": gift.TopRightAnchor, "left": gift.LeftAnchor, "right": gift.RightAnchor,
	"bottomleft": gift.BottomLeftAnchor, "bottom": gift.BottomAnchor, "bottomright": gift.BottomRightAnchor,
}

func resize(args []string) error {
	in, err := os.Open(args[0])
	if err != nil {
		return err
	}
	src, _, err := image.Decode(in)
	if err != nil {
		return err
	}
	w, _ := strconv.Atoi(args[3])
	h, _ := strconv.Atoi(args[4])
	filter, anchor := filters[args[5]], anchors[args[6]]
	var f gift.Filter
	switch args[2] {
	case "resize":
		f = gift.Resize(w, h, filter)
	case "fit":
		f = gift.ResizeToFit(w, h, filter)
	case "fill":
		f = gift.ResizeToFill(w, h, filter, anchor)
	case "crop":
		f = gift.CropToSize(w, h, anchor)
	}
	g := gift.New(f)
	b := g.Bounds(src.Bounds())
	var out image.Image
	switch src.(type) {
	case *image.RGBA:
		d := image.NewRGBA(b)
		g.Draw(d, src)
		out = d
	case *image.Gray:
		d := image.NewGray(b)
		g.Draw(d, src)
		out = d
	default:
		d := image.NewNRGBA(b)
		g.Draw(d, src)
		out = d
	}
	o, err := os.Create(args[1])
	if err != nil {
		return err
	}
	defer o.Close()
	if filepath.Ext(args[1]) == ".jpg" {
		// As hugo hands an opaque NRGBA result to image/jpeg.
		if n, ok := out.(*image.NRGBA); ok && n.Opaque() {
			out = &image.RGBA{Pix: n.Pix, Stride: n.Stride, Rect: n.Rect}
		}
		return jpeg.Encode(o, out, &jpeg.Options{Quality: 75})
	}
	return png.Encode(o, out)
}

func main() {
	var err error
	switch os.Args[1] {
	case "synth":
		err = synth(os.Args[2])
	case "resize":
		err = resize(os.Args[2:])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
