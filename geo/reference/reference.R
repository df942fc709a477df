#!/usr/bin/env Rscript
# Reference values for @tavazon/geo, computed with R (sf + spdep + classInt) on the real 2016 census.
#
# Usage, from the repository root:
#   Rscript geo/reference/reference.R [data-dir] [repaired-geojson-out]
#   data-dir              defaults to ../shared/data/iran (the folder holding census-2016/)
#   repaired-geojson-out  optional: also write the repaired county polygons as GeoJSON there, so a
#                         test can feed exactly the polygons spdep saw to contiguityNeighbours
#
# Writes geo/reference/fixtures/{isfahan,zanjan,iran}.json (see geo/reference/README.md).
# ineq is not packaged for this Debian, so Gini and Theil are explicit formulas written out below,
# independent of the TypeScript code (Gini via the sorted-rank formula, not the Lorenz trapezoid).

suppressPackageStartupMessages({
  library(sf)
  library(spdep)
  library(classInt)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
data_dir <- if (length(args) >= 1) args[[1]] else "../shared/data/iran"
geojson_out <- if (length(args) >= 2) args[[2]] else NA_character_

file_arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
script_dir <- if (length(file_arg) == 1) dirname(normalizePath(sub("^--file=", "", file_arg))) else "geo/reference"
out_dir <- file.path(script_dir, "fixtures")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

census <- file.path(data_dir, "census-2016")
stopifnot(dir.exists(census))

# ---- polygons -------------------------------------------------------------------------------------
shp <- st_read(file.path(census, "counties-2016.shp"), quiet = TRUE)
codes <- sprintf("%04d", shp$cnty_cd)
province <- sprintf("%02d", shp$prvnc_c)
stopifnot(length(codes) == 429, !anyDuplicated(codes))

geom <- st_geometry(shp)
invalid <- which(!st_is_valid(geom))
# GEOS make_valid, and only on the invalid polygons: the s2 path of st_make_valid snaps every vertex
# to a 1e-7 degree grid, which would move shared vertices off their neighbours' copies and silently
# drop contiguities that the valid neighbours still expect.
sf_use_s2(FALSE)
geom[invalid] <- st_make_valid(geom[invalid])
geom <- st_cast(st_collection_extract(geom, "POLYGON"), "MULTIPOLYGON")
stopifnot(all(st_is_valid(geom)), length(geom) == 429)
message("repaired ", length(invalid), " invalid polygons: ", paste(codes[invalid], collapse = " "))

if (!is.na(geojson_out)) {
  repaired <- st_sf(county_code = codes, province_code = province, geometry = geom)
  if (file.exists(geojson_out)) file.remove(geojson_out)
  st_write(repaired, geojson_out, driver = "GeoJSON", quiet = TRUE,
           layer_options = c("RFC7946=NO", "WRITE_BBOX=NO"))
  message("wrote ", geojson_out)
}

# ---- attributes -----------------------------------------------------------------------------------
labour <- read.csv(file.path(census, "labour-2016-by-education-sex.csv"), check.names = FALSE,
                   colClasses = c(province_code = "character", county_code = "character"))
edu_cols <- setdiff(names(labour), c("province_name", "province_code", "county_name", "county_code",
                                     "gender", "status"))
stopifnot(length(edu_cols) == 8, !anyNA(labour[edu_cols]))
labour$total <- rowSums(labour[edu_cols])
active <- tapply(labour$total[labour$status == "Active"], labour$county_code[labour$status == "Active"], sum)
unemployed <- tapply(labour$total[labour$status == "Unemployed"],
                     labour$county_code[labour$status == "Unemployed"], sum)
rate <- as.numeric(unemployed[codes] / active[codes] * 100)
stopifnot(!anyNA(rate))

pop_csv <- read.csv(file.path(census, "population-2016-by-age-sex.csv"), check.names = FALSE,
                    colClasses = c(province_code = "character", county_code = "character"))
stopifnot(!anyNA(pop_csv$male), !anyNA(pop_csv$female))
pop_by_code <- tapply(pop_csv$male + pop_csv$female, pop_csv$county_code, sum)
population <- as.numeric(pop_by_code[codes])
stopifnot(!anyNA(population), sum(population) == 79926270)

# ---- independent formulas ---------------------------------------------------------------------------
gini_unweighted <- function(x) {
  # Sorted-rank form of the Lorenz-area Gini without small-sample correction (= ineq::Gini(corr = FALSE)).
  x <- sort(x)
  n <- length(x)
  sum((2 * seq_len(n) - n - 1) * x) / (n * n * mean(x))
}
gini_weighted <- function(x, w) {
  # Mean-difference form: G = sum_ij w_i w_j |x_i - x_j| / (2 W^2 mean_w), equal to 1 - 2 * Lorenz area.
  W <- sum(w)
  mu <- sum(w * x) / W
  sum(outer(w, w) * abs(outer(x, x, "-"))) / (2 * W * W * mu)
}
theil_t <- function(x, w = rep(1, length(x))) {
  mu <- sum(w * x) / sum(w)
  s <- w * x / sum(w * x)
  r <- x / mu
  sum(ifelse(r > 0, s * log(r), 0))
}
theil_decomposition <- function(x, g, w = rep(1, length(x))) {
  mu <- sum(w * x) / sum(w)
  total_wx <- sum(w * x)
  between <- 0
  within <- 0
  for (k in unique(g)) {
    idx <- g == k
    s_k <- sum(w[idx] * x[idx]) / total_wx
    mu_k <- sum(w[idx] * x[idx]) / sum(w[idx])
    between <- between + s_k * log(mu_k / mu)
    within <- within + s_k * theil_t(x[idx], w[idx])
  }
  list(total = theil_t(x, w), between = between, within = within)
}
cv_population <- function(x) sqrt(mean((x - mean(x))^2)) / mean(x)
williamson <- function(x, p) {
  mu <- sum(p * x) / sum(p)
  sqrt(sum((x - mu)^2 * p) / sum(p)) / mu
}

nb_to_list <- function(nb) {
  # 0-based indices into countyCodes; spdep marks an island with the single entry 0.
  # I() keeps one-neighbour lists as JSON arrays under auto_unbox.
  lapply(seq_along(nb), function(i) {
    v <- nb[[i]]
    I(if (length(v) == 1 && v == 0L) integer(0) else as.integer(sort(v) - 1L))
  })
}

moran_ref <- function(x, nb) {
  lw <- nb2listw(nb, style = "W", zero.policy = TRUE)
  mt <- moran.test(x, lw, randomisation = TRUE, zero.policy = TRUE, alternative = "two.sided")
  est <- unname(mt$estimate)
  lm <- localmoran(x, lw, zero.policy = TRUE)
  list(
    I = est[1], expected = est[2], variance = est[3], z = unname(mt$statistic),
    n = sum(card(nb) > 0),
    localI = unname(lm[, "Ii"]),
    localQuadrant = as.character(attr(lm, "quadr")$pysal)
  )
}

region_fixture <- function(name, keep, decompose_by = NULL) {
  sub_geom <- geom[keep]
  # sf_use_s2(FALSE): poly2nb's candidate search is then the snap-expanded bbox test, the same
  # pre-filter contiguityNeighbours uses. With s2 on, the national lists come out identical (checked).
  queen <- poly2nb(sub_geom, queen = TRUE, snap = sqrt(.Machine$double.eps))
  rook <- poly2nb(sub_geom, queen = FALSE, snap = sqrt(.Machine$double.eps))
  x <- rate[keep]
  p <- population[keep]
  fx <- list(
    region = name,
    source = "Iran census 2016 (Statistical Centre of Iran); generated by geo/reference/reference.R",
    generated = list(R = R.version.string, spdep = as.character(packageVersion("spdep")),
                     sf = as.character(packageVersion("sf")), classInt = as.character(packageVersion("classInt"))),
    neighbourIndexBase = 0,
    snap = sqrt(.Machine$double.eps),
    countyCodes = codes[keep],
    provinceCodes = province[keep],
    unemploymentRate = x,
    population = p,
    repairedCountyCodes = I(intersect(codes[invalid], codes[keep])),
    queen = nb_to_list(queen),
    rook = nb_to_list(rook),
    moran = list(queen = moran_ref(x, queen), rook = moran_ref(x, rook)),
    inequality = list(
      gini = gini_unweighted(x),
      giniPopulationWeighted = gini_weighted(x, p),
      theil = theil_t(x),
      theilPopulationWeighted = theil_t(x, p),
      coefficientOfVariation = cv_population(x),
      williamson = williamson(x, p),
      maxMinRatio = max(x) / min(x)
    ),
    classification = list(
      classes = 5,
      jenks = classIntervals(x, 5, style = "jenks")$brks,
      fisherMidpoints = classIntervals(x, 5, style = "fisher")$brks,
      quantileType1 = unname(quantile(x, probs = seq(0, 1, by = 0.2), type = 1)),
      equalInterval = classIntervals(x, 5, style = "equal")$brks
    )
  )
  if (!is.null(decompose_by)) {
    g <- decompose_by[keep]
    fx$theilDecomposition <- list(
      groupsBy = "provinceCodes",
      unweighted = theil_decomposition(x, g),
      populationWeighted = theil_decomposition(x, g, p)
    )
  }
  path <- file.path(out_dir, paste0(name, ".json"))
  writeLines(toJSON(fx, auto_unbox = TRUE, digits = NA, pretty = FALSE), path)
  message("wrote ", path, ": ", sum(keep), " counties, queen islands ", sum(card(queen) == 0),
          ", Moran I (queen) ", format(fx$moran$queen$I, digits = 6))
}

# ---- synthetic polygons ---------------------------------------------------------------------------
# Small enough to ship with the tests: a 3x3 grid plus cases that separate queen from rook and probe
# the snap distance. Coordinates are decimal literals so that JSON round-trips them bit for bit.
synthetic_fixture <- function() {
  xs <- c(50.0, 50.1, 50.2, 50.3)
  ys <- c(32.0, 32.1, 32.2, 32.3)
  box <- function(x0, y0, x1, y1) list(rbind(c(x0, y0), c(x1, y0), c(x1, y1), c(x0, y1), c(x0, y0)))
  rings <- list()
  for (r in 1:3) for (cc in 1:3) rings[[length(rings) + 1]] <- list(box(xs[cc], ys[r], xs[cc + 1], ys[r + 1]))
  rings[[10]] <- list(box(51.0, 33.0, 51.1, 33.1))                  # island
  rings[[11]] <- list(box(50.3, 32.3, 50.4, 32.4))                  # touches cell 8 at one corner only
  rings[[12]] <- list(box(50.300000005, 32.1, 50.4, 32.2))          # 5e-9 east of cell 5: within snap
  rings[[13]] <- list(box(49.9, 32.1, 49.999999, 32.2))             # 1e-6 west of cell 3: outside snap
  rings[[14]] <- list(box(50.0, 31.9, 50.1, 32.0), box(52.0, 30.0, 52.1, 30.1))  # two-part unit
  rings[[15]] <- list(box(50.1, 31.9, 50.3, 32.0))                  # long edge under cells 1 and 2, no mid vertex
  geoms <- lapply(rings, function(parts) st_multipolygon(lapply(parts, function(ring) ring)))
  sfc <- st_sfc(geoms, crs = 4326)
  queen <- poly2nb(sfc, queen = TRUE)
  rook <- poly2nb(sfc, queen = FALSE)
  x <- c(8, 6, 7, 3, 5, 9, 1, 2, 4, 10, 6.5, 8.5, 2.5, 3, 7.5)
  features <- lapply(seq_along(rings), function(i) {
    list(type = "Feature", properties = list(id = i - 1L),
         geometry = list(type = "MultiPolygon",
                         coordinates = lapply(rings[[i]], function(part) lapply(part, unname))))
  })
  fx <- list(
    region = "synthetic",
    source = "hand-built polygons; generated by geo/reference/reference.R",
    generated = list(R = R.version.string, spdep = as.character(packageVersion("spdep"))),
    neighbourIndexBase = 0,
    features = features,
    values = x,
    queen = nb_to_list(queen),
    rook = nb_to_list(rook),
    moran = list(queen = moran_ref(x, queen), rook = moran_ref(x, rook))
  )
  path <- file.path(out_dir, "synthetic.json")
  writeLines(toJSON(fx, auto_unbox = TRUE, digits = NA, pretty = FALSE), path)
  message("wrote ", path)
}

synthetic_fixture()
region_fixture("isfahan", province == "10")
region_fixture("zanjan", province == "19")
region_fixture("iran", rep(TRUE, length(codes)), decompose_by = province)
