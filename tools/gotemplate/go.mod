module kiln/tools/gotemplate

go 1.19
