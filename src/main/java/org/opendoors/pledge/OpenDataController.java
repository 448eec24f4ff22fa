package org.opendoors.pledge;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pledge wall as open data at stable addresses: {@code /open-data/pledges.json} and
 * {@code /open-data/pledges.csv}, with the same optional {@code sector} and {@code area} filters.
 */
@RestController
class OpenDataController {

    private static final int PAGE = 500;

    private final PledgeWallService wall;

    OpenDataController(PledgeWallService wall) {
        this.wall = wall;
    }

    @GetMapping(value = "/open-data/pledges.json", produces = MediaType.APPLICATION_JSON_VALUE)
    OpenData json(@RequestParam(required = false) String sector, @RequestParam(required = false) String area) {
        return new OpenData(wall.totals(sector, area), all(sector, area));
    }

    @GetMapping("/open-data/pledges.csv")
    void csv(@RequestParam(required = false) String sector, @RequestParam(required = false) String area,
             HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"pledges.csv\"");
        wall.csv(sector, area, response.getOutputStream());
    }

    private List<WallEntry> all(String sector, String area) {
        List<WallEntry> all = new java.util.ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<WallEntry> page = wall.entries(sector, area, offset, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    record OpenData(WallTotals totals, List<WallEntry> organisations) {
    }
}
