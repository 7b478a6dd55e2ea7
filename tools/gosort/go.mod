module kiln/tools/gosort

go 1.19
